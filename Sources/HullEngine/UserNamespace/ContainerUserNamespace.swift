#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A rootless container whose root is a FUSE mount (fuse-overlayfs) can be
/// read only from inside its user namespace: the kernel lets only that
/// namespace through a FUSE mount made there. Commands that work on the
/// running root through /proc/PID/root (`cp`) run again as hull inside it,
/// as Podman's commands run in their rootless namespace.
public enum ContainerUserNamespace {
    static let joinedVariable = "_HULL_JOINED_USERNS"

    /// The pid whose user namespace the command must run in, or nil when
    /// it may go on here.
    public static func entryNeeded(_ c: Container) -> Int32? {
        guard c.config.mountProgram != nil, c.config.idMappings?.isRootless == true, geteuid() != 0,
              getenv(joinedVariable) == nil, ContainerLifecycle.isActive(c.state.status),
              ProcessTable.isAlive(pid: c.state.pid, startTime: c.state.pidStartTime) else { return nil }
        return c.state.pid
    }

    /// Runs this hull command again in the user namespace of `pid`, with
    /// the same arguments, stdio and store; returns its exit code.
    public static func rerun(inNamespaceOf pid: Int32, layout: StoreLayout) throws(HullError) -> Int32 {
        let fd: Int32
        do {
            fd = try Namespace.open(pid: pid, "user")
        } catch {
            throw HullError(.failure, "entering the container's user namespace: \(error)", cause: error)
        }
        defer { close(fd) }
        // Root in there: the store must not fall back to root's defaults.
        var env = ProcessInfo.processInfo.environment.filter { $0.key != "HULL_ROOT" && $0.key != "HULL_RUNROOT" }
            .map { $0.key + "=" + $0.value }
        env += ["HULL_ROOT=" + layout.root, "HULL_RUNROOT=" + layout.runroot, joinedVariable + "=1"]
        let child: pid_t
        do {
            child = try NamespacedProcess.spawn(path: "/proc/self/exe", argv: CommandLine.arguments, env: env,
                                                userNamespaceFD: fd, mountNamespaceFD: -1, outputFD: -1)
        } catch {
            throw HullError(.failure, "entering the container's user namespace: \(error)", cause: error)
        }
        hull_forward_signals(child)
        let status = hull_wait(child)
        guard status >= 0 else { throw HullError(.failure, "waiting for hull in the container's user namespace: \(LinuxError("waitpid", errno: -status).reason)") }
        return SpawnedProcess.exitCode(fromStatus: status)
    }
}
