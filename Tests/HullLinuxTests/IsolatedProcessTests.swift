import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The C child, exercised for real. Namespaces need root; skipped otherwise.
final class IsolatedProcessTests: XCTestCase {
    func testExitCodeOfAPlainChild() throws {
        var spec = IsolatedProcessSpec()
        spec.argv = ["/bin/sh", "-c", "exit 7"]
        spec.env = ["PATH=/bin"]
        spec.uid = getuid()
        spec.gid = getgid()
        spec.groups = []
        try skipUnlessRoot()
        var child = try IsolatedProcess.spawn(spec)
        try child.release()
        XCTAssertEqual(try child.wait(), 7)
    }

    func testMissingCommandReportsExecStepAndErrno() throws {
        try skipUnlessRoot()
        var spec = IsolatedProcessSpec()
        spec.argv = ["no-such-command-anywhere"]
        spec.pathDirectories = ["/nonexistent", "/bin"]
        var child = try IsolatedProcess.spawn(spec)
        XCTAssertThrowsError(try child.release()) { error in
            let e = error as? ChildSetupError
            XCTAssertEqual(e?.step, .exec)
            XCTAssertEqual(e?.errno, ENOENT)
        }
        _ = try child.wait()
    }

    func testNewUTSNamespaceHostname() throws {
        try skipUnlessRoot()
        var spec = IsolatedProcessSpec()
        spec.cloneFlags = Namespace.uts
        spec.hostname = "hull-unit"
        spec.argv = ["/bin/sh", "-c", "test \"$(hostname)\" = hull-unit"]
        var child = try IsolatedProcess.spawn(spec)
        try child.release()
        XCTAssertEqual(try child.wait(), 0)
    }

    func testSignalDeathIs128PlusSignal() {
        XCTAssertEqual(SpawnedProcess.exitCode(fromStatus: 9), 137)
        XCTAssertEqual(SpawnedProcess.exitCode(fromStatus: 3 << 8), 3)
    }

    private func skipUnlessRoot() throws {
        if geteuid() != 0 { throw XCTSkip("needs root: namespaces and setgroups") }
    }
}
