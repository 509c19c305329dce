import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The part of a COPY's cache key that stands for what it copies: each
/// entry's destination, type, mode, owner, size, link target and the
/// SHA-256 of its bytes. Modification times are left out, so touching a
/// file without changing it is still a cache hit.
enum ContentHasher {
    static func hash(_ items: [CopyItem], digests: StatCache) throws(HullError) -> String {
        hash(try manifest(items, digests: digests))
    }

    static func hash(_ manifest: [(target: String, line: String)]) -> String {
        let hasher = SHA256Hasher()
        for entry in manifest { hasher.update(Array((entry.line + "\n").utf8)) }
        return hasher.finalizeHex()
    }

    /// One line per entry, sorted by destination: what the hash covers,
    /// and what a later miss is explained from (`CopyMissReason`).
    static func manifest(_ items: [CopyItem], digests: StatCache) throws(HullError) -> [(target: String, line: String)] {
        var out: [(target: String, line: String)] = []
        for item in items.sorted(by: { $0.target < $1.target }) {
            var line = "\(item.target)\u{0}\(item.kind.rawValue)\u{0}\(String(item.mode & 0o7777, radix: 8))\u{0}\(item.uid):\(item.gid)\u{0}\(item.size)\u{0}\(item.linkTarget ?? "")\u{0}"
            if item.kind == .file {
                if let content = item.content {
                    line += SHA256Hasher.hexDigest(of: content)
                } else if let path = item.hostPath {
                    line += try digests.digest(of: path)
                }
            }
            out.append((item.target, line))
        }
        return out
    }

    static func fileDigest(_ path: String) throws(HullError) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw HullError(.failure, "reading \(path): \(LinuxError("open").reason)") }
        defer { close(fd) }
        let hasher = SHA256Hasher()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw HullError(.failure, "reading \(path): \(LinuxError("read").reason)")
            }
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        }
        return hasher.finalizeHex()
    }
}
