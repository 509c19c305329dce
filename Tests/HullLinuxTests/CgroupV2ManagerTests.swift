import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// CgroupV2Manager against a temp dir laid out like a cgroup2 mount.
final class CgroupV2ManagerTests: XCTestCase {
    var tree: FakeCgroupTree!

    override func setUpWithError() throws {
        tree = try FakeCgroupTree()
        try tree.write("cgroup.controllers", "cpuset cpu io memory hugetlb pids rdma misc\n")
        try tree.write("cgroup.subtree_control", "")
    }

    override func tearDown() { tree.remove() }

    private func makeManager() throws -> CgroupV2Manager {
        var manager = CgroupV2Manager(mountPoint: tree.root, files: .plainDirectory)
        try manager.create(path: "/hull/abc")
        return manager
    }

    func testCreateEnablesManagedControllersInEachAncestorOnly() throws {
        let manager = try makeManager()
        XCTAssertEqual(manager.path, "hull/abc")
        XCTAssertEqual(manager.directory, tree.root + "/hull/abc")
        XCTAssertEqual(tree.read("cgroup.subtree_control"), "+cpuset +cpu +io +memory +pids")
        XCTAssertEqual(tree.read("hull/cgroup.subtree_control"), "+cpuset +cpu +io +memory +pids")
        // The container's own cgroup will hold processes: it enables nothing.
        XCTAssertFalse(tree.exists("hull/abc/cgroup.subtree_control"))
        XCTAssertEqual(tree.list("hull/abc"), [])
    }

    func testCreateEnablesOnlyOfferedControllersAndSkipsEnabledOnes() throws {
        try tree.write("cgroup.controllers", "cpu memory pids\n")
        try tree.write("cgroup.subtree_control", "memory pids\n")  // as the kernel lists them
        var manager = CgroupV2Manager(mountPoint: tree.root, files: .plainDirectory)
        try manager.create(path: "hull/abc")
        XCTAssertEqual(tree.read("cgroup.subtree_control"), "+cpu")
        XCTAssertEqual(tree.read("hull/cgroup.subtree_control"), "+cpu +memory +pids")
    }

    func testApplyWritesExactValues() throws {
        let manager = try makeManager()
        var limits = CgroupLimits(memory: try CgroupLimits.parseSize("64m"), memorySwap: try CgroupLimits.parseSize("128m"),
                                  cpuShares: 1024, cpusetCpus: "0-1", cpusetMems: "0", pidsLimit: 100)
        try limits.setCPUs("0.5")
        try manager.apply(limits)
        XCTAssertEqual(tree.read("hull/abc/memory.max"), "67108864")
        XCTAssertEqual(tree.read("hull/abc/memory.swap.max"), "67108864")  // swap alone: 128m - 64m
        XCTAssertEqual(tree.read("hull/abc/cpu.max"), "50000 100000")
        XCTAssertEqual(tree.read("hull/abc/cpu.weight"), "39")
        XCTAssertEqual(tree.read("hull/abc/pids.max"), "100")
        XCTAssertEqual(tree.read("hull/abc/cpuset.cpus"), "0-1")
        XCTAssertEqual(tree.read("hull/abc/cpuset.mems"), "0")
        XCTAssertEqual(tree.list("hull/abc"), ["cpu.max", "cpu.weight", "cpuset.cpus", "cpuset.mems",
                                               "memory.max", "memory.swap.max", "pids.max"])
    }

    func testApplyWritesOnlySetLimits() throws {
        let manager = try makeManager()
        try manager.apply(CgroupLimits(pidsLimit: 5))
        XCTAssertEqual(tree.list("hull/abc"), ["pids.max"])
        try manager.apply(CgroupLimits())
        XCTAssertEqual(tree.list("hull/abc"), ["pids.max"])
    }

    func testUnlimitedAndNoSwapSpellings() throws {
        let manager = try makeManager()
        try manager.apply(CgroupLimits(memory: 64 << 20, memorySwap: 64 << 20, memoryReservation: 32 << 20, pidsLimit: 0))
        XCTAssertEqual(tree.read("hull/abc/memory.swap.max"), "0")
        XCTAssertEqual(tree.read("hull/abc/memory.low"), "33554432")
        XCTAssertEqual(tree.read("hull/abc/pids.max"), "max")
        try manager.apply(CgroupLimits(memory: -1, memorySwap: -1, cpuQuota: -1, pidsLimit: -1))
        XCTAssertEqual(tree.read("hull/abc/memory.max"), "max")
        XCTAssertEqual(tree.read("hull/abc/memory.swap.max"), "max")
        XCTAssertEqual(tree.read("hull/abc/cpu.max"), "max 100000")
        XCTAssertEqual(tree.read("hull/abc/pids.max"), "max")
    }

    func testIOWeightConvertsUnlessBFQ() throws {
        let manager = try makeManager()
        try manager.apply(CgroupLimits(blkioWeight: 500))
        XCTAssertEqual(tree.read("hull/abc/io.weight"), "default 4950")
        try tree.write("hull/abc/io.bfq.weight", "default 100\n")
        try manager.apply(CgroupLimits(blkioWeight: 500))
        XCTAssertEqual(tree.read("hull/abc/io.bfq.weight"), "500")
    }

    func testMissingControllerFileNamesTheController() throws {
        // .kernel never creates files, like cgroupfs: memory.max is missing
        // because nobody enabled memory for this cgroup.
        try tree.write("hull/abc/pids.max", "max\n")
        let manager = try CgroupV2Manager(mountPoint: tree.root, attachingTo: "hull/abc", files: .kernel)
        try manager.apply(CgroupLimits(pidsLimit: 7))
        XCTAssertEqual(tree.read("hull/abc/pids.max"), "7")
        XCTAssertThrowsError(try manager.apply(CgroupLimits(memory: 64 << 20))) { error in
            XCTAssertEqual(error as? CgroupError, .controllerUnavailable(.memory, path: self.tree.root + "/hull/abc"))
        }
    }

    func testInvalidLimitsFailBeforeAnyWrite() throws {
        let manager = try makeManager()
        XCTAssertThrowsError(try manager.apply(CgroupLimits(memory: 128, memorySwap: 64, pidsLimit: 5)))
        XCTAssertEqual(tree.list("hull/abc"), [])
    }

    func testUseBeforeCreateAndBadPaths() throws {
        var manager = CgroupV2Manager(mountPoint: tree.root, files: .plainDirectory)
        XCTAssertThrowsError(try manager.apply(CgroupLimits(pidsLimit: 1))) { error in
            XCTAssertEqual(error as? CgroupError, .noCgroup(mountPoint: self.tree.root))
        }
        XCTAssertThrowsError(try manager.create(path: "hull/../../etc")) { error in
            XCTAssertEqual(error as? CgroupError, .invalidPath("hull/../../etc"))
        }
        try manager.destroy()  // nothing made, nothing to remove
        XCTAssertNil(manager.path(for: .memory))
    }

    func testProcessesAndAddProcess() throws {
        let manager = try makeManager()
        try manager.addProcess(4242)
        XCTAssertEqual(tree.read("hull/abc/cgroup.procs"), "4242")
        try tree.write("hull/abc/cgroup.procs", "12\n34\n")
        XCTAssertEqual(try manager.processes(), [12, 34])
    }

    func testFreezeWaitsForCgroupEvents() throws {
        var manager = try makeManager()
        try tree.write("hull/abc/cgroup.events", "populated 1\nfrozen 1\n")
        try manager.freeze()
        XCTAssertEqual(tree.read("hull/abc/cgroup.freeze"), "1")
        // Tasks that never stop: freeze gives up, thaws, and says so.
        try tree.write("hull/abc/cgroup.events", "populated 1\nfrozen 0\n")
        manager.freezeTimeoutMicroseconds = 2_000
        XCTAssertThrowsError(try manager.freeze()) { error in
            XCTAssertEqual((error as? LinuxError)?.errno, ETIMEDOUT)
        }
        XCTAssertEqual(tree.read("hull/abc/cgroup.freeze"), "0")
        try manager.thaw()
        XCTAssertEqual(tree.read("hull/abc/cgroup.freeze"), "0")
    }

    func testStatsFromKernelFormats() throws {
        let manager = try makeManager()
        try tree.write("hull/abc/memory.current", "1000\n")
        try tree.write("hull/abc/memory.max", "max\n")
        try tree.write("hull/abc/memory.stat", "anon 600\nfile 400\ninactive_file 300\nactive_file 100\n")
        try tree.write("hull/abc/cpu.stat", "usage_usec 5\nuser_usec 3\nsystem_usec 2\n")
        try tree.write("hull/abc/pids.current", "3\n")
        try tree.write("hull/abc/pids.max", "64\n")
        try tree.write("hull/abc/io.stat", "8:0 rbytes=10 wbytes=20 rios=1 wios=2 dbytes=0 dios=0\n8:16 rbytes=1 wbytes=2 rios=1 wios=1 dbytes=0 dios=0\n")
        let stats = try manager.stats()
        XCTAssertEqual(stats.memoryUsage, 1000)
        XCTAssertNil(stats.memoryLimit)
        XCTAssertEqual(stats.memoryInactiveFile, 300)
        XCTAssertEqual(stats.cpuUsageNanoseconds, 5000)
        XCTAssertEqual(stats.pidsCurrent, 3)
        XCTAssertEqual(stats.pidsLimit, 64)
        XCTAssertEqual(stats.blockReadBytes, 11)
        XCTAssertEqual(stats.blockWriteBytes, 22)
    }

    func testOOMKillFromMemoryEvents() throws {
        let manager = try makeManager()
        XCTAssertFalse(manager.oomKilled())
        try tree.write("hull/abc/memory.events", "low 0\nhigh 0\nmax 3\noom 0\noom_kill 0\n")
        XCTAssertFalse(manager.oomKilled())
        try tree.write("hull/abc/memory.events", "low 0\nhigh 0\nmax 9\noom 1\noom_kill 1\noom_group_kill 0\n")
        XCTAssertTrue(manager.oomKilled())
    }

    func testDestroyRemovesChildrenFirstAndToleratesMissing() throws {
        let manager = try makeManager()
        try tree.write("hull/abc/sub/cgroup.procs", "")
        try manager.destroy()
        XCTAssertFalse(tree.exists("hull/abc"))
        XCTAssertTrue(tree.exists("hull"))
        try manager.destroy()
    }
}
