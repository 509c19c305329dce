#if canImport(Glibc)
import Glibc
#endif

/// Writes straight to fd 2, whole, across short writes: errors, warnings,
/// prompts and progress must not sit in a stdio buffer.
enum StandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            bytes = bytes.dropFirst(n)
        }
    }
}
