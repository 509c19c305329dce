#if canImport(Glibc)
import Glibc
#endif

extension FileSystem {
    /// Bytes of the files, symlinks and other non-directories under a
    /// tree, each hard-linked inode once (containers/storage's
    /// `directory.Size`, which Podman's `ps --size` reports). Does not
    /// follow symlinks; a missing tree is 0, unreadable parts are skipped.
    public static func treeSize(_ path: String) -> Int64 {
        var seen: Set<[UInt64]> = []
        var total: Int64 = 0
        func visit(_ dirfd: Int32) {
            let dupfd = dup(dirfd)
            guard dupfd >= 0, let dir = fdopendir(dupfd) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                var st = stat()
                guard fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                if (st.st_mode & S_IFMT) == S_IFDIR {
                    let child = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    guard child >= 0 else { continue }
                    visit(child)
                    close(child)
                } else if st.st_nlink <= 1 || seen.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted {
                    total += Int64(st.st_size)
                }
            }
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return 0 }
        visit(fd)
        close(fd)
        return total
    }
}
