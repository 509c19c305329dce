#if canImport(Glibc)
import Glibc
#endif

/// Small file-system operations the engine needs, with typed errors.
public enum FileSystem {
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// A directory itself, not a symlink to one.
    private static func isRealDirectory(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// mkdir -p with the given mode for the directories it creates. An
    /// existing path is left as it is. The path itself is tried first and
    /// the parents only when missing: one mkdir(2) where the parent exists,
    /// rather than one for every component from /.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(LinuxError) {
        if mkdir(path, mode) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            throw LinuxError("mkdir", path: path)
        }
        let parent = String(path[..<slash])
        if !parent.isEmpty { try makeDirectories(parent, mode: mode) }
        if mkdir(path, mode) != 0 && errno != EEXIST { throw LinuxError("mkdir", path: path) }
    }

    /// Writes the whole buffer, across short writes and EINTR; false on
    /// an error such as EPIPE (errno says which).
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            offset += n
        }
        return true
    }

    public static func readFile(_ path: String) throws(LinuxError) -> [UInt8] {
        let fd = try check("open", path: path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = try check("read", path: path) { chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) } }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Names in a directory, without "." and "..". A missing directory is empty.
    public static func list(_ path: String) throws(LinuxError) -> [String] {
        try entries(path).map(\.name)
    }

    /// Names of the subdirectories in a directory, from readdir's d_type,
    /// so without a stat per entry (cgroupfs, proc and sysfs report it).
    /// A missing directory is empty.
    public static func listDirectories(_ path: String) throws(LinuxError) -> [String] {
        try entries(path).filter { entry in
            entry.type == UInt8(DT_DIR) || (entry.type == UInt8(DT_UNKNOWN) && isRealDirectory(path + "/" + entry.name))
        }.map(\.name)
    }

    /// readdir's names and d_types, without "." and "..".
    private static func entries(_ path: String) throws(LinuxError) -> [(name: String, type: UInt8)] {
        guard let dir = opendir(path) else {
            if errno == ENOENT { return [] }
            throw LinuxError("opendir", path: path)
        }
        defer { closedir(dir) }
        var found: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = entryName(entry)
            if name != "." && name != ".." { found.append((name, entry.pointee.d_type)) }
        }
        return found
    }

    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
    }

    /// rm -rf that does not follow symlinks and tolerates a missing path.
    /// Walks with file descriptors so a tree being removed cannot redirect it.
    public static func removeTree(_ path: String) throws(LinuxError) {
        var st = stat()
        if lstat(path, &st) != 0 {
            if errno == ENOENT { return }
            throw LinuxError("lstat", path: path)
        }
        if (st.st_mode & S_IFMT) != S_IFDIR {
            if unlink(path) != 0 && errno != ENOENT { throw LinuxError("unlink", path: path) }
            return
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { throw LinuxError("open", path: path) }
        try removeContents(dirfd: fd, path: path)
        close(fd)
        if rmdir(path) != 0 && errno != ENOENT { throw LinuxError("rmdir", path: path) }
    }

    private static func removeContents(dirfd: Int32, path: String) throws(LinuxError) {
        // fdopendir takes ownership of the fd it is given; hand it a duplicate.
        let dupfd = dup(dirfd)
        guard dupfd >= 0, let dir = fdopendir(dupfd) else { throw LinuxError("fdopendir", path: path) }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            // The name's own bytes, not a String's: a name that is not
            // valid UTF-8 would come back altered and never be found.
            let raw = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { Array(UnsafeBufferPointer(start: $0, count: strlen($0) + 1)) }
            }
            let name = entryName(entry)
            if name == "." || name == ".." { continue }
            if unlinkat(dirfd, raw, 0) == 0 { continue }
            guard errno == EISDIR else {
                if errno == ENOENT { continue }
                throw LinuxError("unlink", path: path + "/" + name)
            }
            // An overlay work dir holds a mode-000 "work" directory; as root
            // that is no obstacle, and chmod makes it none for others too.
            fchmodat(dirfd, raw, 0o700, 0)
            let child = openat(dirfd, raw, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child < 0 { throw LinuxError("open", path: path + "/" + name) }
            do {
                try removeContents(dirfd: child, path: path + "/" + name)
            } catch {
                close(child)
                throw error
            }
            close(child)
            if unlinkat(dirfd, raw, AT_REMOVEDIR) != 0 && errno != ENOENT {
                throw LinuxError("rmdir", path: path + "/" + name)
            }
        }
    }

    /// Bytes used by the regular files under a directory (not following links).
    public static func diskUsage(_ path: String) -> Int64 {
        var total: Int64 = 0
        var st = stat()
        guard lstat(path, &st) == 0 else { return 0 }
        if (st.st_mode & S_IFMT) != S_IFDIR { return Int64(st.st_size) }
        guard let names = try? list(path) else { return 0 }
        for name in names { total += diskUsage(path + "/" + name) }
        return total
    }
}
