import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The caller's side of an attach: relays between hull's own stdio and a
/// container's monitor (its attach socket, see hull_monitor_pump) until the
/// container exits or the user types the detach keys. The container keeps
/// running and logging either way.
public struct AttachClient {
    public struct Options: Sendable {
        /// Pass hull's stdin on (`-i`; attach without --no-stdin).
        public var forwardInput = false
        /// The container has a terminal: raw mode here, window sizes there.
        public var tty = false
        public var detachKeys = DetachKeys.default
        /// Forward signals hull receives to this pid (--sig-proxy).
        public var proxySignalsTo: Int32?
        public init() {}
    }

    public enum Outcome: Equatable, Sendable {
        case exited(Int32)
        case detached
        /// The monitor went away without saying how the container ended.
        case hungUp
    }

    let connection: Int32
    let options: Options

    public init(connection: Int32, options: Options) {
        self.connection = connection
        self.options = options
    }

    public func run() -> Outcome {
        defer { close(connection) }
        let stdinIsTTY = Terminal.isTerminal(0)
        let raw = options.tty && options.forwardInput && stdinIsTTY ? Terminal.makeRaw(0) : nil
        defer { raw?.restore() }
        let winch = options.tty && stdinIsTTY ? ((try? Terminal.windowChanges()) ?? -1) : -1
        defer { if winch >= 0 { close(winch) } }
        if winch >= 0 { sendWindowSize() }
        if let pid = options.proxySignalsTo, pid > 0 { hull_forward_signals(pid) }

        // Only input from a terminal (the caller's, or the container's
        // through -t) is typed: piped data (run -i without -t) may hold
        // any bytes, ctrl-p ctrl-q too, and must pass unchanged.
        var matcher = DetachKeyMatcher(keys: options.tty || stdinIsTTY ? options.detachKeys.bytes : [])
        var readInput = options.forwardInput
        var message = [UInt8](repeating: 0, count: 65537)
        var input = [UInt8](repeating: 0, count: 32768)
        while true {
            var fds = [pollfd(fd: connection, events: Int16(POLLIN), revents: 0)]
            if readInput { fds.append(pollfd(fd: 0, events: Int16(POLLIN), revents: 0)) }
            if winch >= 0 { fds.append(pollfd(fd: winch, events: Int16(POLLIN), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                return .hungUp
            }
            for p in fds where p.revents != 0 {
                if p.fd == connection {
                    let n = message.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { return .hungUp }
                    switch Int32(message[0]) {
                    case Int32(HULL_ATTACH_STDOUT.rawValue): writeAll(1, message[1..<n])
                    case Int32(HULL_ATTACH_STDERR.rawValue): writeAll(2, message[1..<n])
                    case Int32(HULL_ATTACH_EXIT.rawValue) where n >= 5:
                        let code = message[1..<5].withUnsafeBytes { $0.loadUnaligned(as: Int32.self) }
                        return .exited(code)
                    default: break
                    }
                } else if p.fd == 0 {
                    let n = input.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                    if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                    if n <= 0 {
                        readInput = false
                        send(kind: HULL_ATTACH_CLOSE_STDIN, [])
                        continue
                    }
                    let (forward, detach) = matcher.feed(input[0..<n])
                    if !forward.isEmpty { send(kind: HULL_ATTACH_INPUT, forward) }
                    if detach { return .detached }
                } else if p.fd == winch {
                    var drain = [UInt8](repeating: 0, count: 64)
                    _ = drain.withUnsafeMutableBytes { read(winch, $0.baseAddress, $0.count) }
                    sendWindowSize()
                }
            }
        }
    }

    private func sendWindowSize() {
        guard let (rows, cols) = Terminal.windowSize(0) else { return }
        var body: [UInt8] = []
        withUnsafeBytes(of: rows) { body += $0 }
        withUnsafeBytes(of: cols) { body += $0 }
        send(kind: HULL_ATTACH_RESIZE, body)
    }

    private func send(kind: hull_attach_kind, _ body: [UInt8]) {
        let packet = [UInt8(kind.rawValue)] + body
        var n: Int
        repeat {
            n = packet.withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        } while n < 0 && errno == EINTR
    }

    private func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR || errno == EAGAIN { continue }; return }
            offset += n
        }
    }
}
