import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// File digests remembered by path, inode, size, modification and change
/// time, so a rebuild hashes only the files that changed since the last
/// build. A file touched without change is hashed again (its times moved)
/// and still gives the same digest: the cache key itself never sees times.
/// Kept in `build-cache/stat-cache`, one `digest size mtime ctime inode path`
/// line per file.
final class StatCache {
    private struct Entry: Equatable {
        var digest: String
        var size: Int64
        var mtime: Int64
        var ctime: Int64
        var inode: UInt64
    }

    private let path: String?
    private var entries: [String: Entry] = [:]
    private var changed = false

    /// No path: digests are computed every time and not kept.
    init(path: String?) {
        self.path = path
        guard let path, let bytes = try? FileSystem.readFile(path) else { return }
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6, let size = Int64(String(decoding: fields[1], as: UTF8.self)),
                  let mtime = Int64(String(decoding: fields[2], as: UTF8.self)),
                  let ctime = Int64(String(decoding: fields[3], as: UTF8.self)),
                  let inode = UInt64(String(decoding: fields[4], as: UTF8.self)) else { continue }
            entries[String(decoding: fields[5], as: UTF8.self)] =
                Entry(digest: String(decoding: fields[0], as: UTF8.self), size: size, mtime: mtime, ctime: ctime, inode: inode)
        }
    }

    func digest(of file: String) throws(HullError) -> String {
        var st = stat()
        guard lstat(file, &st) == 0 else { throw HullError(.failure, "reading \(file): \(LinuxError("lstat").reason)") }
        let now = Entry(digest: "", size: Int64(st.st_size), mtime: Self.nanoseconds(st.st_mtim),
                        ctime: Self.nanoseconds(st.st_ctim), inode: UInt64(st.st_ino))
        if var known = entries[file] {
            let digest = known.digest
            known.digest = ""
            if known == now { return digest }
        }
        var entry = now
        entry.digest = try ContentHasher.fileDigest(file)
        if path != nil, !file.contains("\n") {
            entries[file] = entry
            changed = true
        }
        return entry.digest
    }

    /// Writes what was learnt; a failure only costs the next build time.
    func save() {
        guard changed, let path else { return }
        var text = ""
        for (file, e) in entries where FileSystem.exists(file) {
            text += "\(e.digest) \(e.size) \(e.mtime) \(e.ctime) \(e.inode) \(file)\n"
        }
        try? FileSystem.makeDirectories(String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]), mode: 0o700)
        try? AtomicFile.write(Array(text.utf8), to: path, mode: 0o600, durable: false)
        changed = false
    }

    private static func nanoseconds(_ t: timespec) -> Int64 {
        Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }
}
