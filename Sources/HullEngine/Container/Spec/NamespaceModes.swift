#if canImport(Glibc)
import Glibc
#endif
import HullLinux

/// `--pid` and `--ipc`: a container's own pid and IPC namespaces (the
/// default; Podman calls the IPC one "shareable"), the host's, or for IPC
/// none at all (no /dev/shm).
enum NamespaceModes {
    /// The modes to record (nil: the default), refused when hull cannot
    /// give them.
    static func resolve(pid: String?, ipc: String?, userNamespace: Bool) throws(HullError) -> (String?, String?) {
        var pidMode: String?
        switch pid ?? "" {
        case "", "private": pidMode = nil
        case "host": pidMode = "host"
        default: throw HullError(.failure, "unsupported --pid mode \"\(pid ?? "")\": hull supports private and host")
        }
        var ipcMode: String?
        switch ipc ?? "" {
        case "", "private", "shareable": ipcMode = ipc == "private" ? "private" : nil
        case "host", "none": ipcMode = ipc
        default: throw HullError(.failure, "unsupported --ipc mode \"\(ipc ?? "")\": hull supports private, shareable, host and none")
        }
        // The host's /proc and mqueue can be mounted only from the host's
        // user namespace.
        if userNamespace || geteuid() != 0 {
            if pidMode == "host" { throw HullError(.failure, "--pid host needs a rootful container without a user namespace") }
            if ipcMode == "host" { throw HullError(.failure, "--ipc host needs a rootful container without a user namespace") }
        }
        return (pidMode, ipcMode)
    }

    /// The namespaces to clone: the default set without the host's ones.
    static func cloneFlags(_ config: ContainerConfig) -> UInt {
        var flags = ProcessSpecBuilder.namespaces
        if config.pidMode == "host" { flags &= ~Namespace.pid }
        if config.ipcMode == "host" { flags &= ~Namespace.ipc }
        return flags
    }
}
