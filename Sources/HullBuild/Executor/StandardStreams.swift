#if canImport(Glibc)
import Glibc
#endif

/// Unbuffered writes, so step lines and a RUN's output (which its
/// container writes to the same descriptors) come out in order.
enum StandardStreams {
    static func out(_ text: String) { write(to: 1, text) }

    private static func write(to fd: Int32, _ text: String) {
        fflush(nil)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            bytes = bytes.dropFirst(n)
        }
    }
}
