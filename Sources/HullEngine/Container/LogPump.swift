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
    let logFD: Int32

    func run() {
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

    func write(stream: String, bytes: ArraySlice<UInt8>) {
        guard logFD >= 0 else { return }
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
        var offset = 0
        while offset < out.count {
            let n = out.withUnsafeBytes { Glibc.write(logFD, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }
}
