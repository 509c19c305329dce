import CHull
#if canImport(Glibc)
import Glibc
#endif

/// Writes a new user namespace's uid and gid maps. Root writes
/// /proc/PID/uid_map itself; an unprivileged user needs the setuid
/// newuidmap/newgidmap (Debian's uidmap), which check /etc/subuid and
/// /etc/subgid for it.
public enum IDMapWriter {
    public static func write(pid: Int32, uidMap: [IDMapping], gidMap: [IDMapping]) throws(LinuxError) {
        if geteuid() == 0 {
            try writeProc(pid: pid, file: "uid_map", uidMap.procText)
            try writeProc(pid: pid, file: "gid_map", gidMap.procText)
        } else {
            try runHelper("newuidmap", pid: pid, uidMap)
            try runHelper("newgidmap", pid: pid, gidMap)
        }
    }

    /// The kernel takes a map in a single write(2), once.
    static func writeProc(pid: Int32, file: String, _ text: String) throws(LinuxError) {
        let path = "/proc/\(pid)/\(file)"
        let fd = try check("open", path: path) { open(path, O_WRONLY | O_CLOEXEC) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let n = try check("write", path: path) { bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } }
        if n != bytes.count { throw LinuxError("write", path: path, errno: EIO) }
    }

    /// Directories where Debian and others install newuidmap.
    static let helperDirectories = ["/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin"]

    public static func helperPath(_ name: String) -> String? {
        helperDirectories.map { $0 + "/" + name }.first { access($0, X_OK) == 0 }
    }

    static func runHelper(_ name: String, pid: Int32, _ map: [IDMapping]) throws(LinuxError) {
        guard let path = helperPath(name) else { throw LinuxError(name, errno: ENOENT) }
        let args = [name, "\(pid)"] + map.flatMap { ["\($0.containerID)", "\($0.hostID)", "\($0.size)"] }
        let child = try DetachedProcess.spawn(path: path, argv: args, env: ["PATH=/usr/bin:/bin"], reportFD: 2)
        let status = hull_wait(child)
        if status < 0 { throw LinuxError("waitpid \(name)", errno: -status) }
        if status != 0 { throw LinuxError(name + " " + args.dropFirst().joined(separator: " "), errno: EPERM) }
    }
}
