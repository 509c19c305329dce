import HullLinux
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// hull itself, re-executed on a hidden verb (a container's or an exec
/// session's monitor), detached in a session of its own. A packet socket
/// connects it to the caller: its end is the new process's report fd, so
/// its first message is the report and the caller may stay on as client.
enum HiddenVerbProcess {
    /// Starts `hull --root R --runroot RR VERB ARGS...`; returns the
    /// caller's end of the socket.
    static func spawn(layout: StoreLayout, verb: String, _ arguments: [String], what: String) throws(HullError) -> Int32 {
        var fds: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
            throw HullError(.failure, "creating a socket pair: \(LinuxError("socketpair").reason)")
        }
        let argv = ["hull", "--root", layout.root, "--runroot", layout.runroot, verb] + arguments
        let env = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        do {
            _ = try DetachedProcess.spawn(path: "/proc/self/exe", argv: argv, env: env, reportFD: fds[1])
        } catch {
            close(fds[0]); close(fds[1])
            throw HullError(.failure, "starting \(what): \(error)", cause: error)
        }
        close(fds[1])
        return fds[0]
    }
}
