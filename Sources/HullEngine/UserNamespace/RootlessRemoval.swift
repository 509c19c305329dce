#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Removes a tree a rootless container wrote: files owned by subordinate
/// ids, which the user may not unlink outside its user namespace, are
/// removed from inside it (as root of that namespace), as Podman does.
enum RootlessRemoval {
    static func removeTree(_ path: String) throws(HullError) {
        if (try? FileSystem.removeTree(path)) != nil { return }
        guard geteuid() != 0 else {
            do { try FileSystem.removeTree(path) } catch { throw HullError(.failure, "removing \(path): \(error)", cause: error) }
            return
        }
        let userns = try RootlessUserNamespace.forCurrentUser(environment: ProcessInfo.processInfo.environment)
        var spec = IsolatedProcessSpec()
        spec.cloneFlags = Namespace.user
        spec.userNamespace = UserNamespaceSetup(uidMap: userns.uidMap, gidMap: userns.gidMap)
        // A host program, in no container's mount namespace: the user's own tree.
        spec.argv = ["/bin/rm", "-rf", "--", path]
        spec.createWorkdir = false
        spec.parentDeathSignal = SIGKILL
        do {
            var process = try IsolatedProcess.spawn(spec)
            try process.proceed()
            try process.release()
            let code = try process.wait()
            guard code == 0, !FileSystem.exists(path) else {
                throw HullError(.failure, "removing \(path) in the user namespace: rm exited with \(code)")
            }
        } catch let e as HullError {
            throw e
        } catch {
            throw HullError(.failure, "removing \(path) in the user namespace: \(error)", cause: error)
        }
    }
}
