import CHull
#if canImport(Glibc)
import Glibc
#endif

/// The caller's terminal and the pty a container's process runs on.
public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// A connected pair of close-on-exec Unix stream sockets.
    public static func socketPair() throws(LinuxError) -> (Int32, Int32) {
        var fds: [Int32] = [-1, -1]
        try check("socketpair") { socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) }
        return (fds[0], fds[1])
    }

    /// The pty master the child sent over the console socket.
    public static func receiveMaster(_ socket: Int32) throws(LinuxError) -> Int32 {
        let fd = hull_recv_fd(socket)
        if fd < 0 { throw LinuxError("receiving the terminal", errno: -fd) }
        return fd
    }

    /// A descriptor that becomes readable whenever the window size changes.
    public static func windowChanges() throws(LinuxError) -> Int32 {
        let fd = hull_winch_pipe()
        if fd < 0 { throw LinuxError("pipe", errno: -fd) }
        return fd
    }

    /// The (rows, columns) of a terminal; nil when `fd` is none or has no size.
    public static func windowSize(_ fd: Int32) -> (UInt16, UInt16)? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return nil }
        return (size.ws_row, size.ws_col)
    }

    /// Copies the window size of `from` (the caller's terminal) to `to` (the pty).
    public static func copyWindowSize(from: Int32, to: Int32) {
        var size = winsize()
        if ioctl(from, UInt(TIOCGWINSZ), &size) == 0 {
            _ = ioctl(to, UInt(TIOCSWINSZ), &size)
        }
    }

    /// Puts a terminal in raw mode; the returned value restores it.
    public static func makeRaw(_ fd: Int32) -> RawMode? {
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var raw = saved
        cfmakeraw(&raw)
        guard tcsetattr(fd, TCSADRAIN, &raw) == 0 else { return nil }
        return RawMode(fd: fd, saved: saved)
    }

    public struct RawMode {
        let fd: Int32
        let saved: termios

        public func restore() {
            var s = saved
            tcsetattr(fd, TCSADRAIN, &s)
        }
    }
}
