#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Copies a container's stdout and stderr into a k8s-file log:
/// `<RFC3339Nano> stdout|stderr F|P <text>` a line, P marking a partial
/// line (a chunk that did not end in a newline), as Podman writes.
struct LogPump {
    let fds: [(Int32, String)]
    /// Rotation: past maxSize bytes the log moves to `path.1` (one kept).
    let path: String
    let maxSize: Int64?
    private var logFD: Int32 = -1
    private var written: Int64 = 0

    init(fds: [(Int32, String)], path: String, maxSize: Int64?) {
        self.fds = fds
        self.path = path
        self.maxSize = maxSize
    }

    mutating func run() {
        logFD = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o640)
        var st = stat()
        if logFD >= 0 && fstat(logFD, &st) == 0 { written = Int64(st.st_size) }
        defer { if logFD >= 0 { Glibc.close(logFD) } }
        var open = fds
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var polls = open.map { pollfd(fd: $0.0, events: Int16(POLLIN), revents: 0) }
            let rc = poll(&polls, nfds_t(polls.count), -1)
            if rc < 0 {
                if errno == EINTR { continue }
                return
            }
            var closed: [Int32] = []
            for (i, p) in polls.enumerated() where p.revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(p.fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    write(stream: open[i].1, bytes: buffer[0..<n])
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    closed.append(p.fd)
                }
            }
            for fd in closed { Glibc.close(fd) }
            open.removeAll { closed.contains($0.0) }
        }
    }

    mutating func write(stream: String, bytes: ArraySlice<UInt8>) {
        guard logFD >= 0 else { return }
        rotateIfNeeded()
        let stamp = Timestamp.rfc3339Nano(Date())
        var out: [UInt8] = []
        var lineStart = bytes.startIndex
        for i in bytes.indices where bytes[i] == 10 {
            out += Array("\(stamp) \(stream) F ".utf8) + bytes[lineStart..<i] + [10]
            lineStart = i + 1
        }
        if lineStart < bytes.endIndex {
            out += Array("\(stamp) \(stream) P ".utf8) + bytes[lineStart..<bytes.endIndex] + [10]
        }
        written += Int64(out.count)
        var offset = 0
        while offset < out.count {
            let n = out.withUnsafeBytes { Glibc.write(logFD, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }

    private mutating func rotateIfNeeded() {
        guard let maxSize, written >= maxSize else { return }
        rename(path, path + ".1")
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o640)
        guard fd >= 0 else { return }
        Glibc.close(logFD)
        logFD = fd
        written = 0
    }
}
