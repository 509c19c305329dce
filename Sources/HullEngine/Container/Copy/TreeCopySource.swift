import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Walks a tree beneath a root descriptor for `hull cp`. Only the top path
/// is resolved by name (inside the root: RESOLVE_IN_ROOT for a container);
/// below it every step is an openat of one name with O_NOFOLLOW, so a
/// symlink the container swaps in is copied as a symlink, never followed.
struct TreeCopySource {
    let root: Int32
    let resolve: UInt64
    /// What `path` names, then its descriptor (O_PATH).
    private(set) var top: stat
    private let topFD: Int32

    /// nil when `path` does not exist.
    init?(root: Int32, resolve: UInt64, path: String, follow: Bool) throws(HullError) {
        self.root = root
        self.resolve = resolve
        let fd = hull_openat2(root, path, O_PATH | (follow ? 0 : O_NOFOLLOW), resolve | UInt64(RESOLVE_NO_MAGICLINKS))
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw HullError(.failure, "\"\(path)\": \(LinuxError("open", errno: errno).reason)")
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            Glibc.close(fd)
            throw HullError(.failure, "\"\(path)\": \(LinuxError("stat").reason)")
        }
        topFD = fd
        top = st
    }

    var isDirectory: Bool { top.st_mode & S_IFMT == S_IFDIR }

    func close() { Glibc.close(topFD) }

    /// Sends the top (as relative path "") and everything below it.
    func copy<S: CopySink>(into sink: inout S) throws(HullError) {
        switch top.st_mode & S_IFMT {
        case S_IFDIR:
            let dir = openat(topFD, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard dir >= 0 else { throw HullError(.failure, "opening a directory: \(LinuxError("open").reason)") }
            defer { Glibc.close(dir) }
            try sink.add(CopyEntry(path: "", kind: .directory, stat: top), contents: nil)
            try walk(dir, relative: "", into: &sink)
        case S_IFREG:
            // Reopened through the descriptor, not the name, which may have changed.
            let fd = open("/proc/self/fd/\(topFD)", O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw HullError(.failure, "opening a file: \(LinuxError("open").reason)") }
            defer { Glibc.close(fd) }
            try sink.add(CopyEntry(path: "", kind: .file, stat: top), contents: Self.reader(fd))
        default:
            try sink.add(try entry(dir: topFD, name: "", relative: "", stat: top), contents: nil)
        }
    }

    private func walk<S: CopySink>(_ dir: Int32, relative: String, into sink: inout S) throws(HullError) {
        for name in Self.names(dir) {
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                let child = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0 else { continue }
                defer { Glibc.close(child) }
                try sink.add(CopyEntry(path: rel, kind: .directory, stat: st), contents: nil)
                try walk(child, relative: rel, into: &sink)
            case S_IFREG:
                let fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
                guard fd >= 0 else { continue }
                defer { Glibc.close(fd) }
                var now = stat()
                guard fstat(fd, &now) == 0, now.st_mode & S_IFMT == S_IFREG else { continue }
                try sink.add(CopyEntry(path: rel, kind: .file, stat: now), contents: Self.reader(fd))
            default:
                try sink.add(try entry(dir: dir, name: name, relative: rel, stat: st), contents: nil)
            }
        }
    }

    /// A symlink or special file.
    private func entry(dir: Int32, name: String, relative: String, stat st: stat) throws(HullError) -> CopyEntry {
        if st.st_mode & S_IFMT == S_IFLNK {
            var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlinkat(dir, name, &buf, buf.count - 1)
            guard n >= 0 else { throw HullError(.failure, "reading a symlink: \(LinuxError("readlink").reason)") }
            let target = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return CopyEntry(path: relative, kind: .symlink(target), stat: st)
        }
        return CopyEntry(path: relative, kind: .special(st.st_mode & S_IFMT, st.st_rdev), stat: st)
    }

    static func reader(_ fd: Int32) -> CopyContents {
        { buffer in
            while true {
                let n = read(fd, buffer.baseAddress, buffer.count)
                if n < 0 && errno == EINTR { continue }
                return n
            }
        }
    }

    /// Entry names, sorted so that output is the same every time.
    static func names(_ dir: Int32) -> [String] {
        let copy = dup(dir)
        guard copy >= 0, let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
