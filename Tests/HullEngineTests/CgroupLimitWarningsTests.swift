import XCTest
import HullLinux
@testable import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// What `create` tells a rootless user about limits, for each thing the
/// delegation discovery can find; the delegated cgroup is a temp dir.
final class CgroupLimitWarningsTests: XCTestCase {
    var dir: String!

    override func setUpWithError() throws {
        var template = Array("/tmp/hull-warnings.XXXXXX".utf8CString)
        dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        try write("cgroup.controllers", "hugetlb\n")
        try write("cgroup.subtree_control", "")
        try write("cgroup.procs", "")
    }

    override func tearDown() { try? FileSystem.removeTree(dir) }

    private func write(_ name: String, _ text: String) throws {
        try CgroupFiles.plainDirectory.write(text, to: dir + "/" + name)
    }

    private var delegated: CgroupDelegation.Discovery {
        .delegated(CgroupDelegation(directory: dir, cgroup: "/hull-deleg/x"))
    }

    private let memoryAndPids = CgroupLimits(memory: 64 << 20, pidsLimit: 10)

    func testACgroupV1HostGetsPodmansWords() {
        XCTAssertEqual(CgroupLimitWarnings.lines(for: memoryAndPids, discovery: .noUnifiedHierarchy),
                       ["Resource limits are not supported and ignored on cgroups V1 rootless systems"])
    }

    func testNoDelegationIsOneLineNamingTheCgroupAndTheFix() {
        let lines = CgroupLimitWarnings.lines(for: memoryAndPids, discovery: .notDelegated(ownCgroup: "/user.slice/user-1000.slice/session-3.scope"))
        XCTAssertEqual(lines, ["resource limits are ignored: this user cannot create cgroups here (its cgroup /user.slice/user-1000.slice/session-3.scope is not delegated to it); run hull from a delegated cgroup, e.g. `systemd-run --user --scope hull ...`"])
    }

    func testEachMissingControllerIsNamedOnce() {
        var limits = memoryAndPids
        limits.memoryReservation = 1 << 20  // a second memory limit: still one line for memory
        XCTAssertEqual(CgroupLimitWarnings.lines(for: limits, discovery: delegated, files: .plainDirectory), [
            "the requested cgroup controller `memory` is not available (the delegated cgroup /hull-deleg/x has: hugetlb): its limits are ignored",
            "the requested cgroup controller `pids` is not available (the delegated cgroup /hull-deleg/x has: hugetlb): its limits are ignored",
        ])
    }

    func testOfferedControllersGiveNoWarning() throws {
        try write("cgroup.controllers", "cpu memory pids\n")
        XCTAssertEqual(CgroupLimitWarnings.lines(for: memoryAndPids, discovery: delegated, files: .plainDirectory), [])
        try write("cgroup.controllers", "")
        XCTAssertEqual(CgroupLimitWarnings.lines(for: CgroupLimits(pidsLimit: 1), discovery: delegated, files: .plainDirectory),
                       ["the requested cgroup controller `pids` is not available (the delegated cgroup /hull-deleg/x has: none): its limits are ignored"])
    }

    func testProcessesInTheDelegatedCgroupAreNamedWithTheRule() throws {
        try write("cgroup.controllers", "memory pids\n")
        try write("cgroup.procs", "321\n")
        XCTAssertEqual(CgroupLimitWarnings.lines(for: memoryAndPids, discovery: delegated, files: .plainDirectory), [
            "the requested cgroup controllers `memory`, `pids` cannot be enabled: the delegated cgroup /hull-deleg/x has processes of its own, and cgroup v2 enables controllers only in cgroups without processes; their limits are ignored (move those processes into a child cgroup)",
        ])
        // Already enabled for its children: nothing to enable, nothing blocked.
        try write("cgroup.subtree_control", "memory pids\n")
        XCTAssertEqual(CgroupLimitWarnings.lines(for: memoryAndPids, discovery: delegated, files: .plainDirectory), [])
    }

    func testRootGetsNoWarnings() throws {
        try XCTSkipUnless(geteuid() == 0, "as root only: rootless hull warns")
        XCTAssertEqual(CgroupLimitWarnings.lines(for: memoryAndPids), [])
    }
}
