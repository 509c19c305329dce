import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull unshare`: a command (a shell by default) in the user and mount
/// namespaces a rootless hull works in, as `podman unshare` gives one: for
/// looking at or fixing files owned by subordinate ids.
public struct Unshare {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// Runs the command; returns its exit code.
    public func run(_ command: [String], environment: [String: String]) throws(HullError) -> Int32 {
        guard geteuid() != 0 else { throw HullError(.failure, "please use unshare with rootless") }
        let userns = try RootlessUserNamespace.forCurrentUser(environment: environment)
        if let warning = userns.warning { Warning.emit(warning) }

        var env = environment
        env["CONTAINERS_GRAPHROOT"] = layout.root
        env["CONTAINERS_RUNROOT"] = layout.runroot
        env["_CONTAINERS_USERNS_CONFIGURED"] = "done"
        env["_CONTAINERS_ROOTLESS_UID"] = "\(geteuid())"
        var spec = IsolatedProcessSpec()
        spec.cloneFlags = Namespace.user | Namespace.mount
        spec.userNamespace = UserNamespaceSetup(uidMap: userns.uidMap, gidMap: userns.gidMap)
        spec.argv = command.isEmpty ? [environment["SHELL"].flatMap { $0.isEmpty ? nil : $0 } ?? "/bin/sh"] : command
        spec.env = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        spec.pathDirectories = (environment["PATH"] ?? ContainerEnvironment.defaultPath).split(separator: ":").map(String.init)
        spec.createWorkdir = false
        spec.parentDeathSignal = SIGKILL

        var process: SpawnedProcess
        do {
            process = try IsolatedProcess.spawn(spec)
        } catch {
            throw HullError(.failure, "creating the user namespace: \(error)", cause: error)
        }
        do {
            try process.proceed()
        } catch {
            kill(process.pid, SIGKILL)
            _ = try? process.wait()
            throw HullError(.failure, "mapping the ids of \(userns.user): \(error)", cause: error)
        }
        process.forwardSignals()
        do {
            try process.release()
        } catch {
            _ = try? process.wait()
            if let e = error as? ChildSetupError { throw ContainerRunner.translate(e, command: spec.argv) }
            throw HullError(.failure, "unshare: \(error)", cause: error)
        }
        do {
            return try process.wait()
        } catch {
            throw HullError(.failure, "waiting for \(spec.argv[0]): \(error)", cause: error)
        }
    }
}
