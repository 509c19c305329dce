import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Writes a copy's entries as files beneath a root descriptor. Each
/// entry's parent directory is resolved from the root by name (inside it,
/// RESOLVE_IN_ROOT, for a container: a symlink there can only lead to
/// another place in the same container), and the entry itself is made
/// with *at calls that never follow a final symlink.
struct DirectoryCopySink: CopySink {
    let root: Int32
    let resolve: UInt64
    /// Absolute path (in the root) the top entry becomes.
    let target: String
    /// Keep the source's owners (`-a`); otherwise files belong to the copier (root).
    let preserveOwner: Bool
    /// Where the entries come from, for messages.
    let describe: (String) -> String

    private var directories: [(String, timespec)] = []

    init(root: Int32, resolve: UInt64, target: String, preserveOwner: Bool, describe: @escaping (String) -> String) {
        self.root = root
        self.resolve = resolve
        self.target = target
        self.preserveOwner = preserveOwner
        self.describe = describe
    }

    private func fullPath(_ relative: String) -> String {
        relative.isEmpty ? target : (target == "/" ? "/" : target + "/") + relative
    }

    private func parent(of path: String) throws(HullError) -> (Int32, String) {
        let slash = path.lastIndex(of: "/")!
        let dir = slash == path.startIndex ? "/" : String(path[..<slash])
        let name = String(path[path.index(after: slash)...])
        let fd = hull_openat2(root, dir, O_PATH | O_DIRECTORY, resolve | UInt64(RESOLVE_NO_MAGICLINKS))
        guard fd >= 0 else { throw failure(dir, "open") }
        return (fd, name)
    }

    private func failure(_ path: String, _ op: String, _ code: Int32 = errno) -> HullError {
        HullError(.failure, "\(describe(path)): \(LinuxError(op, errno: code).reason)")
    }

    mutating func add(_ entry: CopyEntry, contents: CopyContents?) throws(HullError) {
        let path = fullPath(entry.path)
        let (dir, name) = try parent(of: path)
        defer { close(dir) }
        var existing = stat()
        let exists = !name.isEmpty && fstatat(dir, name, &existing, AT_SYMLINK_NOFOLLOW) == 0
        let existingIsDir = exists && existing.st_mode & S_IFMT == S_IFDIR
        if case .directory = entry.kind {} else if existingIsDir {
            throw HullError(.failure, "cannot overwrite directory \"\(describe(path))\" with non-directory")
        }
        switch entry.kind {
        case .directory:
            if name.isEmpty { return }  // the root itself
            if exists && !existingIsDir {
                throw HullError(.failure, "cannot overwrite non-directory \"\(describe(path))\" with directory")
            }
            if !exists && mkdirat(dir, name, 0o700) != 0 { throw failure(path, "mkdir") }
            // An existing directory that the copy merges into keeps its own mode and owner.
            if entry.path.isEmpty && exists { return }
            let fd = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw failure(path, "open") }
            defer { close(fd) }
            try finishObject(fd, entry, path)
            directories.append((path, entry.mtime))
        case .file:
            var fd = openat(dir, name, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 && errno == ELOOP {
                // A symlink where the file goes is replaced, not written through.
                unlinkat(dir, name, 0)
                fd = openat(dir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            }
            guard fd >= 0 else { throw failure(path, "open") }
            defer { close(fd) }
            if let contents { try copyContents(contents, to: fd, path) }
            try finishObject(fd, entry, path)
        case .symlink(let linkTarget):
            if exists { unlinkat(dir, name, 0) }
            guard symlinkat(linkTarget, dir, name) == 0 else { throw failure(path, "symlink") }
            if preserveOwner { fchownat(dir, name, entry.uid, entry.gid, AT_SYMLINK_NOFOLLOW) }
            var times = [entry.mtime, entry.mtime]
            utimensat(dir, name, &times, AT_SYMLINK_NOFOLLOW)
        case .hardlink(let relative):
            let (from, fromName) = try parent(of: fullPath(relative))
            defer { close(from) }
            if exists { unlinkat(dir, name, 0) }
            guard linkat(from, fromName, dir, name, 0) == 0 else { throw failure(path, "link") }
        case .special(let type, let device):
            if exists { unlinkat(dir, name, 0) }
            guard mknodat(dir, name, type | entry.mode, device) == 0 else { throw failure(path, "mknod") }
            if preserveOwner { fchownat(dir, name, entry.uid, entry.gid, AT_SYMLINK_NOFOLLOW) }
        }
    }

    private func copyContents(_ contents: CopyContents, to fd: Int32, _ path: String) throws(HullError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65536, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = contents(buffer)
            if n < 0 { throw HullError(.failure, "reading the source of \"\(describe(path))\"") }
            if n == 0 { return }
            var offset = 0
            while offset < n {
                let w = write(fd, buffer.baseAddress! + offset, n - offset)
                if w < 0 { if errno == EINTR { continue }; throw failure(path, "write") }
                offset += w
            }
        }
    }

    /// Owner, then mode (a chown clears set-id bits), then times.
    private func finishObject(_ fd: Int32, _ entry: CopyEntry, _ path: String) throws(HullError) {
        if preserveOwner && fchown(fd, entry.uid, entry.gid) != 0 { throw failure(path, "chown") }
        if fchmod(fd, entry.mode) != 0 { throw failure(path, "chmod") }
        var times = [entry.mtime, entry.mtime]
        futimens(fd, &times)
    }

    /// Directory times last: writing into a directory changes its mtime.
    mutating func finish() throws(HullError) {
        for (path, mtime) in directories.reversed() {
            guard let (dir, name) = try? parent(of: path) else { continue }
            var times = [mtime, mtime]
            utimensat(dir, name, &times, AT_SYMLINK_NOFOLLOW)
            close(dir)
        }
    }
}
