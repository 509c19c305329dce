import XCTest
@testable import HullLinux
import CHull
#if canImport(Glibc)
import Glibc
#endif

/// A child cloned before its spec (a rootless run's), then given it.
/// As root the maps are written directly; the rest is the same code.
final class EarlyChildTests: XCTestCase {
    private let map = [IDMapping(containerID: 0, hostID: 600_000, size: 65536)]
    private let flags = Namespace.user | Namespace.mount | Namespace.uts | Namespace.ipc | Namespace.pid | Namespace.network

    /// The spec, its strings and arrays reach the child through the shared
    /// copy, and a pipe made after the clone reaches it as its stdout.
    func testEarlyChildRunsTheSpecItIsGivenLater() throws {
        try skipUnlessRoot()
        let early = try XCTUnwrap(EarlyChild.start(cloneFlags: flags, uidMap: map, gidMap: map))
        let earlyPID = early.pid
        let (readEnd, writeEnd) = try Pipe.make()
        defer { close(readEnd) }
        var spec = IsolatedProcessSpec()
        spec.cloneFlags = flags
        spec.userNamespace = UserNamespaceSetup(uidMap: map, gidMap: map)
        spec.hostname = "early-unit"
        spec.argv = ["/bin/sh", "-c", "cat /proc/self/uid_map; hostname; echo \"$GREETING\"; ulimit -n"]
        spec.env = ["PATH=/bin:/usr/bin", "GREETING=hello from the early child"]
        spec.rlimits = [(Int32(RLIMIT_NOFILE.rawValue), 123, 123)]
        spec.stdio = (-1, writeEnd, -1)
        var child = try IsolatedProcess.spawn(spec, early: early)
        close(writeEnd)
        XCTAssertEqual(child.pid, earlyPID, "the early child itself runs the spec")
        try child.proceed()
        try child.release()
        let output = readAll(readEnd).split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        XCTAssertEqual(try child.wait(), 0)
        XCTAssertEqual(output, ["0 600000 65536", "early-unit", "hello from the early child", "123"])
    }

    /// Other namespaces than the early child has: it is killed and reaped,
    /// and the process is cloned the usual way.
    func testEarlyChildWithOtherNamespacesIsReplaced() throws {
        try skipUnlessRoot()
        let early = try XCTUnwrap(EarlyChild.start(cloneFlags: flags, uidMap: map, gidMap: map))
        let earlyPID = early.pid
        var spec = IsolatedProcessSpec()
        spec.cloneFlags = flags & ~Namespace.network
        spec.userNamespace = UserNamespaceSetup(uidMap: map, gidMap: map)
        spec.argv = ["/bin/sh", "-c", "exit 3"]
        spec.env = ["PATH=/bin:/usr/bin"]
        var child = try IsolatedProcess.spawn(spec, early: early)
        XCTAssertNotEqual(child.pid, earlyPID)
        XCTAssertEqual(kill(earlyPID, 0), -1, "the early child is gone, not a zombie")
        XCTAssertEqual(errno, ESRCH)
        try child.proceed()
        try child.release()
        XCTAssertEqual(try child.wait(), 3)
    }

    /// An early child nobody takes goes with its owner.
    func testUnusedEarlyChildIsReaped() throws {
        try skipUnlessRoot()
        var pid: pid_t = 0
        do {
            let early = try XCTUnwrap(EarlyChild.start(cloneFlags: flags, uidMap: map, gidMap: map))
            pid = early.pid
            XCTAssertEqual(kill(pid, 0), 0)
        }
        XCTAssertEqual(kill(pid, 0), -1)
        XCTAssertEqual(errno, ESRCH)
    }

    private func readAll(_ fd: Int32) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func skipUnlessRoot() throws {
        if geteuid() != 0 { throw XCTSkip("needs root: user namespaces with any map") }
    }
}

/// The constructor's guess from the command line alone.
final class PrestartGuessTests: XCTestCase {
    func testRunsThatHullItselfStartsInNewNamespaces() {
        XCTAssertTrue(fits(["run", "--rm", "busybox", "true"]))
        XCTAssertTrue(fits(["--root", "/r", "--runroot=/x", "run", "--network", "none", "busybox"]))
        XCTAssertTrue(fits(["container", "run", "-t", "busybox"]))
        XCTAssertTrue(fits(["run", "-v", "/src:/src", "--name", "web", "busybox"]))
    }

    func testOtherCommandsAndRunsAreLeftAlone() {
        XCTAssertFalse(fits([]))
        XCTAssertFalse(fits(["ps"]))
        XCTAssertFalse(fits(["create", "busybox"]))
        XCTAssertFalse(fits(["run", "-d", "busybox"]))
        XCTAssertFalse(fits(["run", "-it", "busybox", "sh"]))
        XCTAssertFalse(fits(["run", "--interactive", "busybox"]))
        XCTAssertFalse(fits(["run", "--sig-proxy=false", "busybox"]))
        XCTAssertFalse(fits(["run", "--network=host", "busybox"]))
        XCTAssertFalse(fits(["run", "--net", "container:web", "busybox"]))
        XCTAssertFalse(fits(["run", "--userns=keep-id", "busybox"]))
        XCTAssertFalse(fits(["run", "--help"]))
    }

    private func fits(_ args: [String]) -> Bool {
        var argv: [UnsafeMutablePointer<CChar>?] = (["hull"] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        return hull_prestart_fits(Int32(args.count + 1), &argv) != 0
    }
}
