import CHull
#if canImport(Glibc)
import Glibc
#endif

/// clone(2) namespace flags (<linux/sched.h>), which Swift's Glibc module
/// does not export without _GNU_SOURCE.
public enum Namespace {
    public static let mount: UInt = 0x0002_0000
    public static let cgroup: UInt = 0x0200_0000
    public static let uts: UInt = 0x0400_0000
    public static let ipc: UInt = 0x0800_0000
    public static let user: UInt = 0x1000_0000
    public static let pid: UInt = 0x2000_0000
    public static let network: UInt = 0x4000_0000
}

extension Namespace {
    /// Opens /proc/PID/ns/NAME for setns.
    public static func open(pid: Int32, _ name: String) throws(LinuxError) -> Int32 {
        let path = "/proc/\(pid)/ns/\(name)"
        return try check("open", path: path) { Glibc.open(path, O_RDONLY | O_CLOEXEC) }
    }

    /// Makes this process's future children members of a PID namespace.
    /// (Unlike mount and user namespaces this is allowed with threads.)
    public static func enterForChildren(pidNamespaceFD fd: Int32) throws(LinuxError) {
        try check("setns pid") { hull_setns(fd, Int32(bitPattern: UInt32(pid))) }
    }
}

public enum Pipe {
    /// A close-on-exec pipe: (read end, write end).
    public static func make() throws(LinuxError) -> (Int32, Int32) {
        var fds: [Int32] = [-1, -1]
        try check("pipe2") { hull_pipe_cloexec(&fds) }
        return (fds[0], fds[1])
    }
}
