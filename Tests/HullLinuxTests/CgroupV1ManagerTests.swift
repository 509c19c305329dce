import XCTest
@testable import HullLinux

/// CgroupV1Manager and CgroupHybridManager against a temp dir laid out like
/// /sys/fs/cgroup on a v1 host (cpu and cpuacct co-mounted, as systemd does).
final class CgroupV1ManagerTests: XCTestCase {
    var tree: FakeCgroupTree!
    var mounts: [CgroupController: String] = [:]

    override func setUpWithError() throws {
        tree = try FakeCgroupTree()
        for dir in ["cpu,cpuacct", "cpuset", "memory", "pids", "freezer", "blkio", "systemd"] {
            try FileSystem.makeDirectories(tree.root + "/" + dir)
        }
        mounts = [.cpu: tree.root + "/cpu,cpuacct", .cpuacct: tree.root + "/cpu,cpuacct",
                  .cpuset: tree.root + "/cpuset", .memory: tree.root + "/memory", .pids: tree.root + "/pids",
                  .freezer: tree.root + "/freezer", .blkio: tree.root + "/blkio", .systemd: tree.root + "/systemd"]
        try tree.write("cpuset/cpuset.cpus", "0-3\n")
        try tree.write("cpuset/cpuset.mems", "0\n")
    }

    override func tearDown() { tree.remove() }

    private func makeManager() throws -> CgroupV1Manager {
        var manager = CgroupV1Manager(mountPoints: mounts, files: .plainDirectory)
        try manager.create(path: "hull/abc")
        return manager
    }

    func testCreateMakesEachHierarchyOnceAndCopiesCpuset() throws {
        let manager = try makeManager()
        XCTAssertEqual(manager.hierarchies.count, 7)
        for dir in ["cpu,cpuacct", "cpuset", "memory", "pids", "freezer", "blkio", "systemd"] {
            XCTAssertTrue(FileSystem.isDirectory(tree.root + "/" + dir + "/hull/abc"), dir)
        }
        // Every new cpuset level gets its parent's cpus and mems, or no task could join it.
        XCTAssertEqual(tree.read("cpuset/hull/cpuset.cpus"), "0-3")
        XCTAssertEqual(tree.read("cpuset/hull/cpuset.mems"), "0")
        XCTAssertEqual(tree.read("cpuset/hull/abc/cpuset.cpus"), "0-3")
        XCTAssertEqual(tree.read("cpuset/hull/abc/cpuset.mems"), "0")
        XCTAssertEqual(manager.path(for: .cpuacct), tree.root + "/cpu,cpuacct/hull/abc")
        XCTAssertNil(manager.path(for: .hugetlb))
    }

    func testCpusetAlreadySetIsKept() throws {
        try tree.write("cpuset/hull/cpuset.cpus", "1\n")
        try tree.write("cpuset/hull/cpuset.mems", "0\n")
        _ = try makeManager()
        XCTAssertEqual(tree.read("cpuset/hull/cpuset.cpus"), "1\n")
        XCTAssertEqual(tree.read("cpuset/hull/abc/cpuset.cpus"), "1")
    }

    func testApplyWritesExactValues() throws {
        let manager = try makeManager()
        var limits = CgroupLimits(memory: 64 << 20, memorySwap: 128 << 20, memoryReservation: 32 << 20,
                                  cpuShares: 512, cpusetCpus: "1", cpusetMems: "0", pidsLimit: 50)
        try limits.setCPUs("1.5")
        try manager.apply(limits)
        XCTAssertEqual(tree.read("memory/hull/abc/memory.limit_in_bytes"), "67108864")
        XCTAssertEqual(tree.read("memory/hull/abc/memory.memsw.limit_in_bytes"), "134217728")
        XCTAssertEqual(tree.read("memory/hull/abc/memory.soft_limit_in_bytes"), "33554432")
        XCTAssertEqual(tree.read("cpu,cpuacct/hull/abc/cpu.cfs_period_us"), "100000")
        XCTAssertEqual(tree.read("cpu,cpuacct/hull/abc/cpu.cfs_quota_us"), "150000")
        XCTAssertEqual(tree.read("cpu,cpuacct/hull/abc/cpu.shares"), "512")
        XCTAssertEqual(tree.read("pids/hull/abc/pids.max"), "50")
        XCTAssertEqual(tree.read("cpuset/hull/abc/cpuset.cpus"), "1")
        XCTAssertEqual(tree.read("cpuset/hull/abc/cpuset.mems"), "0")
        XCTAssertEqual(tree.list("memory/hull/abc"), ["memory.limit_in_bytes", "memory.memsw.limit_in_bytes",
                                                      "memory.soft_limit_in_bytes"])
        XCTAssertEqual(tree.list("blkio/hull/abc"), [])
        XCTAssertEqual(tree.list("freezer/hull/abc"), [])
    }

    func testUnlimitedSpellings() throws {
        let manager = try makeManager()
        try manager.apply(CgroupLimits(memory: -1, cpuQuota: -1, pidsLimit: -1))
        XCTAssertEqual(tree.read("memory/hull/abc/memory.limit_in_bytes"), "-1")
        // Unlimited memory lifts the memory+swap cap too, or it would still bind.
        XCTAssertEqual(tree.read("memory/hull/abc/memory.memsw.limit_in_bytes"), "-1")
        XCTAssertEqual(tree.read("cpu,cpuacct/hull/abc/cpu.cfs_quota_us"), "-1")
        XCTAssertEqual(tree.read("pids/hull/abc/pids.max"), "max")
    }

    func testBlkioWeightPrefersCFQThenBFQ() throws {
        let manager = try makeManager()
        try manager.apply(CgroupLimits(blkioWeight: 300))
        XCTAssertEqual(tree.read("blkio/hull/abc/blkio.weight"), "300")
        let kernelLike = try CgroupV1Manager(mountPoints: mounts, attachingTo: "hull/bfq", files: .kernel)
        try tree.write("blkio/hull/bfq/blkio.bfq.weight", "100\n")
        try kernelLike.apply(CgroupLimits(blkioWeight: 700))
        XCTAssertEqual(tree.read("blkio/hull/bfq/blkio.bfq.weight"), "700")
    }

    func testMissingHierarchyNamesTheController() throws {
        mounts[.pids] = nil
        let manager = try makeManager()
        XCTAssertThrowsError(try manager.apply(CgroupLimits(pidsLimit: 5))) { error in
            XCTAssertEqual(error as? CgroupError, .controllerUnavailable(.pids, path: "hull/abc"))
        }
    }

    func testAddProcessJoinsEveryHierarchyAndProcessesReadsOne() throws {
        let manager = try makeManager()
        try manager.addProcess(777)
        for dir in ["cpu,cpuacct", "cpuset", "memory", "pids", "freezer", "blkio", "systemd"] {
            XCTAssertEqual(tree.read(dir + "/hull/abc/cgroup.procs"), "777", dir)
        }
        try tree.write("pids/hull/abc/cgroup.procs", "777\n778\n")
        XCTAssertEqual(try manager.processes(), [777, 778])
    }

    /// A new process joins each v1 hierarchy once, by its "tasks" file; on a
    /// hybrid host it is born in the cgroup2 directory instead of moved.
    func testSelfJoinNamesEachHierarchysTasksFileOnce() throws {
        let manager = try makeManager()
        let expected = ["blkio", "cpu,cpuacct", "cpuset", "freezer", "memory", "pids", "systemd"].map { tree.root + "/" + $0 + "/hull/abc/tasks" }
        XCTAssertEqual(manager.selfJoinTaskFiles.sorted(), expected)
        XCTAssertNil(manager.cloneIntoDirectory)
        try FileSystem.makeDirectories(tree.root + "/unified")
        var hybrid = CgroupHybridManager(mountPoints: mounts, unifiedMountPoint: tree.root + "/unified", files: .plainDirectory)
        try hybrid.create(path: "hull/abc")
        XCTAssertEqual(hybrid.selfJoinTaskFiles.sorted(), expected)
        XCTAssertEqual(hybrid.cloneIntoDirectory, tree.root + "/unified/hull/abc")
        XCTAssertEqual(CgroupV1Manager(mountPoints: mounts, files: .plainDirectory).selfJoinTaskFiles, [])
    }

    func testFreezerStates() throws {
        let manager = try makeManager()
        try manager.freeze()
        XCTAssertEqual(tree.read("freezer/hull/abc/freezer.state"), "FROZEN")
        try manager.thaw()
        XCTAssertEqual(tree.read("freezer/hull/abc/freezer.state"), "THAWED")
    }

    func testStatsFromKernelFormats() throws {
        let manager = try makeManager()
        try tree.write("memory/hull/abc/memory.usage_in_bytes", "4096\n")
        try tree.write("memory/hull/abc/memory.limit_in_bytes", "9223372036854771712\n")
        try tree.write("memory/hull/abc/memory.stat", "cache 10\nrss 20\ninactive_file 5\ntotal_inactive_file 7\n")
        try tree.write("cpu,cpuacct/hull/abc/cpuacct.usage", "123456789\n")
        try tree.write("pids/hull/abc/pids.current", "2\n")
        try tree.write("pids/hull/abc/pids.max", "max\n")
        try tree.write("blkio/hull/abc/blkio.throttle.io_service_bytes_recursive",
                       "8:0 Read 100\n8:0 Write 200\n8:0 Sync 300\n8:0 Async 0\n8:0 Discard 0\n8:0 Total 300\n8:16 Read 1\n8:16 Write 2\nTotal 303\n")
        var stats = try manager.stats()
        XCTAssertEqual(stats.memoryUsage, 4096)
        XCTAssertNil(stats.memoryLimit)
        XCTAssertEqual(stats.memoryInactiveFile, 7)
        XCTAssertEqual(stats.cpuUsageNanoseconds, 123_456_789)
        XCTAssertEqual(stats.pidsCurrent, 2)
        XCTAssertNil(stats.pidsLimit)
        XCTAssertEqual(stats.blockReadBytes, 101)
        XCTAssertEqual(stats.blockWriteBytes, 202)
        try tree.write("memory/hull/abc/memory.limit_in_bytes", "67108864\n")
        stats = try manager.stats()
        XCTAssertEqual(stats.memoryLimit, 64 << 20)
    }

    func testOOMKillFromOOMControlOrFailcnt() throws {
        let manager = try makeManager()
        XCTAssertFalse(manager.oomKilled())
        try tree.write("memory/hull/abc/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n")
        try tree.write("memory/hull/abc/memory.failcnt", "12\n")
        XCTAssertFalse(manager.oomKilled())  // oom_kill is authoritative when present
        try tree.write("memory/hull/abc/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n")
        XCTAssertTrue(manager.oomKilled())
        try tree.write("memory/hull/abc/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\n")  // before 4.13
        XCTAssertTrue(manager.oomKilled())
        try tree.write("memory/hull/abc/memory.failcnt", "0\n")
        XCTAssertFalse(manager.oomKilled())
    }

    func testDestroyRemovesEveryHierarchy() throws {
        let manager = try makeManager()
        try manager.destroy()
        for dir in ["cpu,cpuacct", "cpuset", "memory", "pids", "freezer", "blkio", "systemd"] {
            XCTAssertFalse(tree.exists(dir + "/hull/abc"), dir)
            XCTAssertTrue(tree.exists(dir + "/hull"), dir)
        }
        try manager.destroy()
    }

    // MARK: Hybrid

    func testHybridTracksProcessesInTheUnifiedMount() throws {
        try FileSystem.makeDirectories(tree.root + "/unified")
        try tree.write("unified/cgroup.controllers", "hugetlb\n")
        var manager = CgroupHybridManager(mountPoints: mounts, unifiedMountPoint: tree.root + "/unified", files: .plainDirectory)
        try manager.create(path: "hull/abc")
        XCTAssertEqual(manager.unifiedPath, tree.root + "/unified/hull/abc")
        // No managed controller is offered on this cgroup2 mount: nothing enabled.
        XCTAssertFalse(tree.exists("unified/cgroup.subtree_control"))
        try manager.apply(CgroupLimits(memory: 1 << 30, pidsLimit: 9))
        XCTAssertEqual(tree.read("memory/hull/abc/memory.limit_in_bytes"), "1073741824")
        XCTAssertEqual(tree.read("pids/hull/abc/pids.max"), "9")
        XCTAssertEqual(tree.list("unified/hull/abc"), [])
        try manager.addProcess(55)
        XCTAssertEqual(tree.read("unified/hull/abc/cgroup.procs"), "55")
        XCTAssertEqual(tree.read("memory/hull/abc/cgroup.procs"), "55")
        XCTAssertEqual(try manager.processes(), [55])
        try manager.freeze()
        XCTAssertEqual(tree.read("freezer/hull/abc/freezer.state"), "FROZEN")
        XCTAssertFalse(tree.exists("unified/hull/abc/cgroup.freeze"))
        try tree.write("unified/hull/abc/cpu.stat", "usage_usec 7\n")
        XCTAssertEqual(try manager.stats().cpuUsageNanoseconds, 7000)  // no cpuacct file: cgroup2's cpu.stat
        try manager.destroy()
        XCTAssertFalse(tree.exists("unified/hull/abc"))
        XCTAssertFalse(tree.exists("memory/hull/abc"))
    }

    func testHybridWithoutV1FreezerUsesCgroup2Freeze() throws {
        mounts[.freezer] = nil
        try FileSystem.makeDirectories(tree.root + "/unified")
        var manager = CgroupHybridManager(mountPoints: mounts, unifiedMountPoint: tree.root + "/unified", files: .plainDirectory)
        try manager.create(path: "hull/abc")
        try tree.write("unified/hull/abc/cgroup.events", "populated 1\nfrozen 1\n")
        try manager.freeze()
        XCTAssertEqual(tree.read("unified/hull/abc/cgroup.freeze"), "1")
    }
}
