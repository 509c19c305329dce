import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// Podman's global engine flags. hull is one binary with one storage
/// driver, its own runtime and its own cgroup writer, so these choose
/// nothing; they are accepted where Podman accepts them and refused with
/// Podman's words where it refuses them, so scripts written for Podman run.
extension GlobalOptions {
    func checkEngineSettings() throws(HullError) {
        if config != nil {
            Warning.emit("The --config flag is ignored by hull. Exists for Docker compatibility")
        }
        if let eventsBackend, !["file", "journald", "none"].contains(eventsBackend) {
            throw HullError(.failure, "configuring runtime: \"\(eventsBackend)\" is not a valid events backend: invalid argument")
        }
        if let cgroupManager, !["cgroupfs", "systemd"].contains(cgroupManager) {
            throw HullError(.failure, "configuring runtime: cgroup manager must be one of cgroupfs and systemd: invalid argument")
        }
        if let driver = storageDriver, !["", "overlay"].contains(driver) {
            // A store records its driver when it is made; hull's are overlay.
            if access(layout.root, F_OK) == 0 {
                throw HullError(.failure, "database storage graph driver \"overlay\" does not match our storage graph driver \"\(driver)\": database configuration mismatch")
            }
            if driver == "vfs" {
                throw HullError(.failure, "storage driver \"vfs\" is not supported by hull, which stores layers with overlay only: driver not supported")
            }
            throw HullError(.failure, "failed to GetDriver graph \(driver) \(layout.root): driver not supported")
        }
    }

    /// The runtime flags crun takes (Podman passes each as `--FLAG`); hull
    /// is its own runtime, so they change nothing, and any other flag
    /// fails where crun would: when a container is started (exit 126).
    func checkRuntimeFlags() throws(HullError) {
        let known: Set<String> = ["debug", "log", "log-format", "log-level", "root", "rootless", "systemd-cgroup"]
        for flag in runtimeFlag {
            let name = flag.split(separator: "=", maxSplits: 1).first.map(String.init) ?? flag
            if !known.contains(name) {
                throw HullError(.cannotInvoke, "OCI runtime error: hull: unrecognized runtime option '--\(flag)'")
            }
        }
    }
}
