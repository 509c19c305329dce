import CHull

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

public enum Pipe {
    /// A close-on-exec pipe: (read end, write end).
    public static func make() throws(LinuxError) -> (Int32, Int32) {
        var fds: [Int32] = [-1, -1]
        try check("pipe2") { hull_pipe_cloexec(&fds) }
        return (fds[0], fds[1])
    }
}
