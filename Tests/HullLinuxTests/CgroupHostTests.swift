import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Real cgroups on this machine, in a uniquely named directory at each
/// hierarchy's root, removed in tearDown even when a test fails. Root only.
final class CgroupHostTests: XCTestCase {
    var layout: CgroupLayout?
    var top = ""
    var path: String { top + "/ctr" }

    override func setUpWithError() throws {
        guard geteuid() == 0 else { throw XCTSkip("needs root: creates real cgroups under /sys/fs/cgroup") }
        layout = try CgroupDetector.detect()
        top = "hull-unit-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    override func tearDown() {
        guard let layout, !top.isEmpty else { return }
        let roots = Set(layout.v1MountPoints.values).union(layout.unifiedMountPoint.map { [$0] } ?? [])
        // Thaw first: a frozen task does not die of SIGKILL until thawed.
        for root in roots {
            try? CgroupFiles.kernel.write("THAWED", to: root + "/" + path + "/freezer.state")
            try? CgroupFiles.kernel.write("0", to: root + "/" + path + "/cgroup.freeze")
        }
        for root in roots {
            let pids = (try? CgroupFiles.kernel.read(root + "/" + path + "/cgroup.procs")).map(CgroupFormat.pids) ?? []
            for pid in pids where pid > 0 { kill(pid, SIGKILL) }
        }
        reapChildren()
        for root in roots.sorted() {
            do {
                try CgroupFiles.kernel.removeCgroup(root + "/" + top)
            } catch {
                XCTFail("cleanup left \(root)/\(top): \(error)")
            }
        }
    }

    // MARK: v1, as this machine's limits live there

    func testV1PidsMemoryAndCPULimitsReadBack() throws {
        guard let layout, let pidsRoot = layout.v1MountPoints[.pids] else { throw XCTSkip("no v1 pids hierarchy") }
        var manager = CgroupV1Manager(mountPoints: layout.v1MountPoints)
        try manager.create(path: path)
        XCTAssertEqual(manager.path(for: .pids), pidsRoot + "/" + path)

        try manager.apply(CgroupLimits(pidsLimit: 64))
        XCTAssertEqual(try read(.pids, "pids.max"), "64")
        try manager.apply(CgroupLimits(pidsLimit: -1))
        XCTAssertEqual(try read(.pids, "pids.max"), "max")

        if layout.v1MountPoints[.memory] != nil {
            try manager.apply(CgroupLimits(memory: 64 << 20, memorySwap: 128 << 20, memoryReservation: 32 << 20))
            XCTAssertEqual(try read(.memory, "memory.limit_in_bytes"), "67108864")
            XCTAssertEqual(try read(.memory, "memory.soft_limit_in_bytes"), "33554432")
            if manager.supportsSwapLimit {
                XCTAssertEqual(try read(.memory, "memory.memsw.limit_in_bytes"), "134217728")
                // Growing needs memsw first and shrinking needs memory first,
                // or the kernel refuses (EINVAL): this proves the order.
                try manager.apply(CgroupLimits(memory: 256 << 20, memorySwap: 512 << 20))
                XCTAssertEqual(try read(.memory, "memory.memsw.limit_in_bytes"), "536870912")
                XCTAssertEqual(try read(.memory, "memory.limit_in_bytes"), "268435456")
                try manager.apply(CgroupLimits(memory: 32 << 20, memorySwap: 48 << 20))
                XCTAssertEqual(try read(.memory, "memory.limit_in_bytes"), "33554432")
                XCTAssertEqual(try read(.memory, "memory.memsw.limit_in_bytes"), "50331648")
                try manager.apply(CgroupLimits(memory: -1))
                XCTAssertNil(CgroupFormat.v1Limit(try read(.memory, "memory.memsw.limit_in_bytes")))
                XCTAssertNil(CgroupFormat.v1Limit(try read(.memory, "memory.limit_in_bytes")))
            }
        }

        if layout.v1MountPoints[.cpu] != nil {
            var limits = CgroupLimits(cpuShares: 512)
            try limits.setCPUs("0.5")
            try manager.apply(limits)
            XCTAssertEqual(try read(.cpu, "cpu.cfs_period_us"), "100000")
            XCTAssertEqual(try read(.cpu, "cpu.cfs_quota_us"), "50000")
            XCTAssertEqual(try read(.cpu, "cpu.shares"), "512")
        }

        if let cpusetRoot = layout.v1MountPoints[.cpuset] {
            let hostCpus = try CgroupFiles.kernel.read(cpusetRoot + "/cpuset.cpus").trimmingWhitespace
            XCTAssertEqual(try read(.cpuset, "cpuset.cpus"), hostCpus)
            XCTAssertFalse(try read(.cpuset, "cpuset.mems").isEmpty)
            try manager.apply(CgroupLimits(cpusetCpus: "0"))
            XCTAssertEqual(try read(.cpuset, "cpuset.cpus"), "0")
        }

        let child = try spawn(["/bin/sleep", "30"])
        try manager.addProcess(child)
        XCTAssertEqual(try manager.processes(), [child])
        let stats = try manager.stats()
        XCTAssertEqual(stats.pidsCurrent, 1)
        if layout.v1MountPoints[.cpuacct] != nil { XCTAssertNotNil(stats.cpuUsageNanoseconds) }

        if layout.v1MountPoints[.freezer] != nil {
            try manager.freeze()
            XCTAssertEqual(try read(.freezer, "freezer.state"), "FROZEN")
            try manager.thaw()
            XCTAssertEqual(try read(.freezer, "freezer.state"), "THAWED")
        }
        XCTAssertFalse(manager.oomKilled())

        // A cgroup with a task is busy; once the task is gone it goes.
        XCTAssertThrowsError(try manager.destroy()) { error in
            XCTAssertEqual((error as? LinuxError)?.errno, EBUSY)
        }
        kill(child, SIGKILL)
        reapChildren()
        try manager.destroy()
        for root in manager.hierarchies { XCTAssertFalse(FileSystem.exists(root + "/" + path), root) }
        try manager.destroy()
    }

    func testV1OOMKillIsReported() throws {
        guard let layout, layout.v1MountPoints[.memory] != nil else { throw XCTSkip("no v1 memory hierarchy") }
        var manager = CgroupV1Manager(mountPoints: layout.v1MountPoints)
        try manager.create(path: path)
        try manager.apply(CgroupLimits(memory: 16 << 20, memorySwap: manager.supportsSwapLimit ? 16 << 20 : nil))
        // tail holds a line in memory until a newline that /dev/zero never sends.
        let child = try spawn(["/bin/sh", "-c", "sleep 0.2; head -c 256m /dev/zero | tail > /dev/null"])
        try manager.addProcess(child)
        XCTAssertNotEqual(waitExitStatus(child), 0)
        XCTAssertTrue(manager.oomKilled())
        try manager.destroy()
    }

    // MARK: whatever this machine's layout is

    func testLayoutManagerRunsAProcessThroughItsLifecycle() throws {
        guard let layout else { return }
        var manager = layout.makeManager()
        try manager.create(path: path)
        let canLimitPids = manager.path(for: .pids) != nil
            && (layout.mode != .unified || FileSystem.exists((manager.path(for: .pids) ?? "") + "/pids.max"))
        if canLimitPids { try manager.apply(CgroupLimits(pidsLimit: 32)) }
        let child = try spawn(["/bin/sleep", "30"])
        try manager.addProcess(child)
        XCTAssertEqual(try manager.processes(), [child])
        if let hybrid = manager as? CgroupHybridManager, let unified = hybrid.unifiedPath {
            XCTAssertEqual(CgroupFormat.pids(try CgroupFiles.kernel.read(unified + "/cgroup.procs")), [child])
        }
        try manager.freeze()
        XCTAssertEqual(processState(child), "D", "a frozen task sleeps uninterruptibly")
        try manager.thaw()
        XCTAssertEqual(processState(child), "S")
        let stats = try manager.stats()
        if canLimitPids { XCTAssertEqual(stats.pidsLimit, 32) }
        kill(child, SIGKILL)
        reapChildren()
        try manager.destroy()
    }

    /// The v2 manager on the cgroup2 mount, even a hybrid host's nearly
    /// empty one: creation, membership, the core freezer and removal.
    /// rmdir comes first; the cgroups below are looked for only when it
    /// fails, and removed children first.
    func testRemoveCgroupTakesNestedCgroups() throws {
        guard let layout else { return }
        let roots = Set(layout.v1MountPoints.values).union(layout.unifiedMountPoint.map { [$0] } ?? [])
        guard let root = roots.sorted().first else { throw XCTSkip("no cgroup hierarchy") }
        for dir in [top, path, path + "/a", path + "/a/b", path + "/c"] {
            try CgroupFiles.kernel.makeDirectory(root + "/" + dir)
        }
        try CgroupFiles.kernel.removeCgroup(root + "/" + path)
        XCTAssertFalse(FileSystem.exists(root + "/" + path))
        XCTAssertTrue(FileSystem.isDirectory(root + "/" + top))
        // Gone already: nothing to do.
        try CgroupFiles.kernel.removeCgroup(root + "/" + path)
    }

    func testV2ManagerOnTheCgroup2Mount() throws {
        guard let layout, let mount = layout.unifiedMountPoint else { throw XCTSkip("no cgroup2 mount") }
        var manager = CgroupV2Manager(mountPoint: mount)
        try manager.create(path: path)
        guard FileSystem.exists(mount + "/" + path + "/cgroup.freeze") else { throw XCTSkip("kernel before 5.2: no cgroup.freeze") }
        let child = try spawn(["/bin/sleep", "30"])
        try manager.addProcess(child)
        XCTAssertEqual(try manager.processes(), [child])
        try manager.freeze()
        XCTAssertEqual(CgroupFormat.keyed(try CgroupFiles.kernel.read(mount + "/" + path + "/cgroup.events"))["frozen"], 1)
        try manager.thaw()
        XCTAssertNotNil(try manager.stats().cpuUsageNanoseconds)  // cpu.stat is always there in v2
        kill(child, SIGKILL)
        reapChildren()
        try manager.destroy()
        XCTAssertFalse(FileSystem.exists(mount + "/" + path))
    }

    /// A child born in a v2 cgroup (clone3 CLONE_INTO_CGROUP) is a member
    /// from its first instruction: before the parent lets it run at all.
    func testChildIsBornInAV2CgroupWithoutMigration() throws {
        guard let layout, let mount = layout.unifiedMountPoint else { throw XCTSkip("no cgroup2 mount") }
        var manager = CgroupV2Manager(mountPoint: mount)
        try manager.create(path: path)
        let directory = try XCTUnwrap(manager.cloneIntoDirectory)
        XCTAssertEqual(directory, mount + "/" + path)
        var spec = IsolatedProcessSpec()
        spec.cgroupDirectory = directory
        spec.argv = ["/bin/true"]
        var child = try IsolatedProcess.spawn(spec)
        XCTAssertTrue(child.startedInCgroup)
        // Still waiting for its first "go": no one could have moved it yet.
        let membership = CgroupDetector.membership(String(decoding: try FileSystem.readFile("/proc/\(child.pid)/cgroup"), as: UTF8.self))
        XCTAssertEqual(membership.unified, "/" + path)
        XCTAssertEqual(try manager.processes(), [child.pid])
        try child.release()
        XCTAssertEqual(try child.wait(), 0)
        try manager.destroy()
    }

    /// A directory that is no cgroup: clone3 refuses, a plain clone follows
    /// and the caller is told to move the child itself.
    func testCloneIntoANonCgroupFallsBack() throws {
        var spec = IsolatedProcessSpec()
        spec.cgroupDirectory = "/tmp"
        spec.argv = ["/bin/true"]
        var child = try IsolatedProcess.spawn(spec)
        XCTAssertFalse(child.startedInCgroup)
        try child.release()
        XCTAssertEqual(try child.wait(), 0)
    }

    // MARK: helpers

    private func read(_ controller: CgroupController, _ file: String) throws -> String {
        guard let root = layout?.v1MountPoints[controller] else { throw XCTSkip("no \(controller) hierarchy") }
        return try CgroupFiles.kernel.read(root + "/" + path + "/" + file).trimmingWhitespace
    }

    private func spawn(_ argv: [String]) throws -> pid_t {
        var pid: pid_t = 0
        var args: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var env: [UnsafeMutablePointer<CChar>?] = [strdup("PATH=/usr/bin:/bin"), nil]
        defer {
            args.forEach { free($0) }
            env.forEach { free($0) }
        }
        let rc = posix_spawn(&pid, argv[0], nil, nil, &args, &env)
        guard rc == 0 else { throw LinuxError("posix_spawn", path: argv[0], errno: rc) }
        return pid
    }

    private func waitExitStatus(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    private func reapChildren() {
        var status: Int32 = 0
        while waitpid(-1, &status, 0) > 0 {}
    }

    /// The state letter from /proc/PID/stat.
    private func processState(_ pid: pid_t) -> Character? { ProcessTable.stat(of: pid)?.state }
}
