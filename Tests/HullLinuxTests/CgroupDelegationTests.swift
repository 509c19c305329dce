import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Finding the delegated part of a cgroup2 tree, and a manager writing
/// only inside it, against a temp dir laid out the way systemd leaves a
/// user's tree: root-only cgroups above user@1000.service, whose
/// directory, cgroup.procs, cgroup.subtree_control and cgroup.threads are
/// the user's. Write permission is read from the mode bits (the owner's
/// write bit stands for "the user's"), so the tests mean the same as root.
final class CgroupDelegationTests: XCTestCase {
    var tree: FakeCgroupTree!
    let service = "user.slice/user-1000.slice/user@1000.service"

    override func setUpWithError() throws {
        tree = try FakeCgroupTree()
        try tree.write("cgroup.controllers", "cpuset cpu io memory hugetlb pids\n")
        try tree.write("cgroup.procs", "1\n")
        try tree.write("cgroup.subtree_control", "")
        for cgroup in ["user.slice", "user.slice/user-1000.slice", "user.slice/user-1000.slice/session-3.scope"] {
            try makeCgroup(cgroup, delegated: false)
        }
        try makeCgroup(service, delegated: true)
        try tree.write(service + "/cgroup.controllers", "memory pids\n")
        try makeCgroup(service + "/app.slice", delegated: true)
        try makeCgroup(service + "/app.slice/term.scope", delegated: true)
        try tree.write(service + "/app.slice/term.scope/cgroup.procs", "4242\n")
        try tree.write(service + "/init.scope/cgroup.procs", "1000\n")
        try tree.write(service + "/cgroup.procs", "")
        try setMode(0o444, "cgroup.procs")
        try setMode(0o444, "cgroup.subtree_control")
        try setMode(0o555, "")
    }

    override func tearDown() { tree.remove() }

    /// A cgroup directory with its core files; a delegated one writable.
    private func makeCgroup(_ relative: String, delegated: Bool) throws {
        for file in ["cgroup.procs", "cgroup.subtree_control", "cgroup.threads"] {
            try tree.write(relative + "/" + file, "")
            try setMode(delegated ? 0o644 : 0o444, relative + "/" + file)
        }
        try setMode(delegated ? 0o755 : 0o555, relative)
    }

    private func setMode(_ mode: mode_t, _ relative: String) throws {
        let path = relative.isEmpty ? tree.root : tree.root + "/" + relative
        guard chmod(path, mode) == 0 else { throw LinuxError("chmod", path: path) }
    }

    private var user: ModeBitsCgroupPermissions { ModeBitsCgroupPermissions(uid: getuid(), gids: []) }

    private func layout(current: String, mountRoot: String = "/") -> CgroupLayout {
        CgroupLayout(mode: .unified, unifiedMountPoint: tree.root, v1MountPoints: [:],
                     mountRoots: [tree.root: mountRoot], current: CgroupMembership(unified: current))
    }

    /// Counts the checks, to show what discovery costs.
    final class CountingPermissions: CgroupPermissions, @unchecked Sendable {
        let inner: any CgroupPermissions
        var checked: [String] = []
        init(_ inner: any CgroupPermissions) { self.inner = inner }
        func canWrite(_ path: String) -> Bool {
            checked.append(path)
            return inner.canWrite(path)
        }
    }

    func testATerminalInsideUserServiceFindsTheServiceAsThePointOfDelegation() {
        let found = CgroupDelegation.discover(layout: layout(current: "/" + service + "/app.slice/term.scope"), permissions: user)
        XCTAssertEqual(found, .delegated(CgroupDelegation(directory: tree.root + "/" + service, cgroup: "/" + service)))
    }

    func testASessionScopeIsNotDelegatedAndCostsOneCheckPerLevel() {
        let counting = CountingPermissions(user)
        let own = "/user.slice/user-1000.slice/session-3.scope"
        XCTAssertEqual(CgroupDelegation.discover(layout: layout(current: own), permissions: counting),
                       .notDelegated(ownCgroup: own))
        // The root, user.slice, user-1000.slice, session-3.scope: cgroup.procs of each, nothing else.
        XCTAssertEqual(counting.checked, [tree.root, tree.root + "/user.slice", tree.root + "/user.slice/user-1000.slice",
                                          tree.root + "/user.slice/user-1000.slice/session-3.scope"].map { $0 + "/cgroup.procs" })
    }

    func testAProcessInTheRootCgroupIsNotDelegated() {
        XCTAssertEqual(CgroupDelegation.discover(layout: layout(current: "/"), permissions: user), .notDelegated(ownCgroup: "/"))
    }

    func testARootOwnedLeafInsideTheDelegationStillFindsIt() throws {
        // The kernel checks the common ancestor's cgroup.procs, not the source's.
        try makeCgroup(service + "/app.slice/root-leaf", delegated: false)
        let found = CgroupDelegation.discover(layout: layout(current: "/" + service + "/app.slice/root-leaf"), permissions: user)
        XCTAssertEqual(found, .delegated(CgroupDelegation(directory: tree.root + "/" + service, cgroup: "/" + service)))
    }

    func testEveryDelegatedFileIsNeeded() throws {
        try setMode(0o444, service + "/cgroup.subtree_control")
        var found = CgroupDelegation.discover(layout: layout(current: "/" + service + "/app.slice/term.scope"), permissions: user)
        // user@1000.service no longer counts; app.slice is the highest one left.
        XCTAssertEqual(found, .delegated(CgroupDelegation(directory: tree.root + "/" + service + "/app.slice",
                                                          cgroup: "/" + service + "/app.slice")))
        try setMode(0o644, service + "/cgroup.subtree_control")
        try setMode(0o555, service)
        found = CgroupDelegation.discover(layout: layout(current: "/" + service), permissions: user)
        XCTAssertEqual(found, .notDelegated(ownCgroup: "/" + service))
    }

    func testNoCgroup2MountMeansNoDelegation() {
        let legacy = CgroupLayout(mode: .legacy, unifiedMountPoint: nil, v1MountPoints: [.memory: "/sys/fs/cgroup/memory"],
                                  current: CgroupMembership(v1: [.memory: "/user.slice"]))
        XCTAssertEqual(CgroupDelegation.discover(layout: legacy, permissions: user), .noUnifiedHierarchy)
    }

    func testAMountOfASubCgroupNamesCgroupsAsTheKernelDoes() throws {
        // The mount shows user-1000.slice as its root (a container's bind of it).
        let sub = CgroupLayout(mode: .unified, unifiedMountPoint: tree.root + "/user.slice/user-1000.slice", v1MountPoints: [:],
                               mountRoots: [tree.root + "/user.slice/user-1000.slice": "/user.slice/user-1000.slice"],
                               current: CgroupMembership(unified: "/user.slice/user-1000.slice/user@1000.service/app.slice"))
        XCTAssertEqual(CgroupDelegation.discover(layout: sub, permissions: user),
                       .delegated(CgroupDelegation(directory: tree.root + "/" + service, cgroup: "/" + service)))
        XCTAssertEqual(sub.unifiedDirectory(of: "/" + service + "/hull/x"), tree.root + "/" + service + "/hull/x")
        XCTAssertEqual(sub.unifiedCgroup(ofDirectory: tree.root + "/" + service + "/hull/x"), "/" + service + "/hull/x")
        // Outside what the mount shows: no directory.
        XCTAssertNil(sub.unifiedDirectory(of: "/system.slice/x"))
        XCTAssertNil(sub.unifiedDirectory(of: "/user.slice/user-1000.slicex"))
        // A process outside the mount's view has nothing delegated.
        var outside = sub
        outside.current = CgroupMembership(unified: "/system.slice/ssh.service")
        XCTAssertEqual(CgroupDelegation.discover(layout: outside, permissions: user), .notDelegated(ownCgroup: "/system.slice/ssh.service"))
    }

    func testAvailabilityNamesMissingControllers() {
        let delegated = CgroupDelegation(directory: tree.root + "/" + service, cgroup: "/" + service)
        XCTAssertEqual(delegated.controllers(files: .plainDirectory), [.memory, .pids])
        let availability = delegated.availability(of: [.memory, .pids, .cpu, .io], files: .plainDirectory)
        XCTAssertEqual(availability.missing, [.cpu, .io])
        XCTAssertEqual(availability.blockedByProcesses, [])
        XCTAssertTrue(delegated.availability(of: [.memory], files: .plainDirectory).isComplete)
        XCTAssertTrue(delegated.availability(of: [], files: .plainDirectory).isComplete)
    }

    func testAvailabilityNamesControllersBlockedByProcessesInTheDelegatedCgroup() throws {
        try tree.write(service + "/cgroup.procs", "777\n")
        let delegated = CgroupDelegation(directory: tree.root + "/" + service, cgroup: "/" + service)
        XCTAssertTrue(delegated.hasOwnProcesses(files: .plainDirectory))
        let availability = delegated.availability(of: [.pids, .memory, .cpu], files: .plainDirectory)
        XCTAssertEqual(availability.missing, [.cpu])
        XCTAssertEqual(availability.blockedByProcesses, [.memory, .pids])
    }

    func testTheManagerWritesOnlyInsideTheDelegation() throws {
        var manager = CgroupV2Manager(mountPoint: tree.root + "/" + service, files: .plainDirectory)
        try manager.create(path: "hull/abc")
        XCTAssertEqual(manager.directory, tree.root + "/" + service + "/hull/abc")
        XCTAssertEqual(manager.availableControllers, [.memory, .pids])
        XCTAssertEqual(tree.read(service + "/cgroup.subtree_control"), "+memory +pids")
        XCTAssertEqual(tree.read(service + "/hull/cgroup.subtree_control"), "+memory +pids")
        // Nothing above the point of delegation was touched.
        XCTAssertEqual(tree.read("user.slice/user-1000.slice/cgroup.subtree_control"), "")
        XCTAssertEqual(tree.read("cgroup.subtree_control"), "")
        let limits = CgroupLimits(memory: 64 << 20, cpuQuota: 50_000, cpuPeriod: 100_000, pidsLimit: 10)
        try manager.apply(limits.keeping(only: manager.availableControllers))
        XCTAssertEqual(tree.list(service + "/hull/abc"), ["memory.max", "pids.max"])
        XCTAssertEqual(tree.read(service + "/hull/abc/pids.max"), "10")
        try manager.destroy()
        XCTAssertFalse(tree.exists(service + "/hull/abc"))
    }

    func testProcessesInTheDelegatedCgroupLeaveTheContainerWithoutControllers() throws {
        try tree.write(service + "/cgroup.procs", "777\n")
        var manager = CgroupV2Manager(mountPoint: tree.root + "/" + service, files: .plainDirectory)
        try manager.create(path: "hull/abc")
        XCTAssertEqual(manager.availableControllers, [])
        XCTAssertEqual(tree.read(service + "/cgroup.subtree_control"), "")
        let kept = CgroupLimits(memory: 64 << 20, pidsLimit: 10).keeping(only: manager.availableControllers)
        XCTAssertTrue(kept.isEmpty)
        try manager.apply(kept)
        XCTAssertEqual(tree.list(service + "/hull/abc"), [])
    }

    func testLimitsNameTheirControllersAndDropThoseUnavailable() {
        var limits = CgroupLimits(memory: 1 << 30, memoryReservation: 1 << 20, cpuShares: 512, cpusetCpus: "0",
                                  pidsLimit: 5, blkioWeight: 300)
        try? limits.setCPUs("1")
        XCTAssertEqual(limits.v2Controllers, [.memory, .cpu, .cpuset, .pids, .io])
        XCTAssertEqual(CgroupLimits(pidsLimit: 3).v2Controllers, [.pids])
        XCTAssertEqual(CgroupLimits(memorySwap: -1).v2Controllers, [.memory])
        XCTAssertEqual(CgroupLimits(cpuShares: 0, blkioWeight: 0).v2Controllers, [])
        let kept = limits.keeping(only: [.pids, .cpu])
        XCTAssertEqual(kept, CgroupLimits(cpuQuota: 100_000, cpuPeriod: 100_000, cpuShares: 512, pidsLimit: 5))
        XCTAssertEqual(limits.keeping(only: [.memory, .cpu, .cpuset, .pids, .io]), limits)
        XCTAssertTrue(limits.keeping(only: [.hugetlb]).isEmpty)
    }

    func testModeBitsFollowOwnerGroupAndOther() throws {
        let file = tree.root + "/probe"
        try tree.write("probe", "")
        let me = getuid(), other = me &+ 1
        try setMode(0o640, "probe")
        XCTAssertTrue(ModeBitsCgroupPermissions(uid: me, gids: []).canWrite(file))
        XCTAssertFalse(ModeBitsCgroupPermissions(uid: other, gids: []).canWrite(file))
        try setMode(0o460, "probe")
        XCTAssertFalse(ModeBitsCgroupPermissions(uid: me, gids: [getgid()]).canWrite(file))
        XCTAssertTrue(ModeBitsCgroupPermissions(uid: other, gids: [getgid()]).canWrite(file))
        try setMode(0o602, "probe")
        XCTAssertTrue(ModeBitsCgroupPermissions(uid: other, gids: []).canWrite(file))
        XCTAssertFalse(ModeBitsCgroupPermissions(uid: other, gids: []).canWrite(tree.root + "/missing"))
    }
}
