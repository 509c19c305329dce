import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Relays between the caller's stdin/stdout and a container's pty master
/// until the container side closes: the caller's terminal in raw mode (so
/// ^C and ^D reach the container), window size kept in step. With a log
/// path, what the terminal shows also goes into the container's log as
/// stdout, as the monitor logs a detached container's terminal.
struct TerminalRelay {
    let master: Int32
    let forwardInput: Bool
    var logPath: String? = nil
    var logMaxSize: Int64? = nil

    static let notATTYWarning = "The input device is not a TTY. The --tty and --interactive flags might not work properly"

    func run() {
        let stdinIsTTY = Terminal.isTerminal(0)
        let raw = forwardInput && stdinIsTTY ? Terminal.makeRaw(0) : nil
        defer { raw?.restore() }
        if stdinIsTTY { Terminal.copyWindowSize(from: 0, to: master) }
        let winch = stdinIsTTY ? ((try? Terminal.windowChanges()) ?? -1) : -1
        defer { if winch >= 0 { close(winch) } }
        let pathCopy = logPath.flatMap { strdup($0) }
        defer { free(pathCopy) }
        var log = hull_log(path: pathCopy.map { UnsafePointer($0) }, max_size: logMaxSize ?? 0, fd: -1, written: 0)
        if pathCopy != nil { hull_log_open(&log) }
        defer { hull_log_close(&log) }

        var readInput = forwardInput
        var buffer = [UInt8](repeating: 0, count: 32768)
        while true {
            var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            if readInput { fds.append(pollfd(fd: 0, events: Int16(POLLIN), revents: 0)) }
            if winch >= 0 { fds.append(pollfd(fd: winch, events: Int16(POLLIN), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                return
            }
            for p in fds where p.revents != 0 {
                if p.fd == master {
                    let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                    // EIO: every slave fd is closed, the container side is done.
                    if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
                    writeAll(1, buffer[0..<n])
                    if log.fd >= 0 { buffer.withUnsafeBytes { hull_log_write(&log, "stdout", $0.baseAddress, n) } }
                } else if p.fd == 0 {
                    let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                    if n <= 0 { readInput = false; continue }
                    writeAll(master, buffer[0..<n])
                } else if p.fd == winch {
                    var drain = [UInt8](repeating: 0, count: 64)
                    _ = drain.withUnsafeMutableBytes { read(winch, $0.baseAddress, $0.count) }
                    Terminal.copyWindowSize(from: 0, to: master)
                }
            }
        }
    }

    private func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) {
        _ = bytes.withUnsafeBytes { FileSystem.writeAll(fd, $0) }
    }
}
