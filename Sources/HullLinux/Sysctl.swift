import CHull
#if canImport(Glibc)
import Glibc
#endif

/// Kernel parameters under /proc/sys.
public enum Sysctl {
    public static func read(_ key: String) -> String? {
        (try? FileSystem.readFile("/proc/sys/" + key.replacingDots())).map {
            String(decoding: $0, as: UTF8.self).trimmingNewline()
        }
    }

    /// In another network namespace (a /proc/PID/ns/net descriptor).
    public static func write(_ key: String, _ value: String, namespaceFD: Int32) throws(LinuxError) {
        let path = "/proc/sys/" + key.replacingDots()
        let rc = hull_netns_sysctl(namespaceFD, path, value)
        if rc < 0 { throw LinuxError("write", path: path, errno: -rc) }
    }

    public static func write(_ key: String, _ value: String) throws(LinuxError) {
        let path = "/proc/sys/" + key.replacingDots()
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd < 0 { throw LinuxError("open", path: path) }
        defer { close(fd) }
        let bytes = Array(value.utf8)
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if n != bytes.count { throw LinuxError("write", path: path) }
    }
}

private extension String {
    func replacingDots() -> String { String(map { $0 == "." ? "/" : $0 }) }
    func trimmingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
