#if canImport(Glibc)
import Glibc
#endif
import HullLinux

/// Whole-file writes that readers never see half done: write a temp file in
/// the same directory, fsync it, rename it over the target, fsync the
/// directory so the rename itself survives a crash. Files that need not
/// outlive a crash (run-time state, `--rm` containers) skip the fsyncs:
/// readers still never see half a file, which is what the rename is for.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644, durable: Bool = true) throws(LinuxError) {
        let dir = directory(of: path)
        let tmp = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = try check("open", path: tmp) { open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode) }
        do throws(LinuxError) {
            var offset = 0
            while offset < bytes.count {
                let n = try check("write", path: tmp) {
                    bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
                }
                offset += n
            }
            if durable { try check("fsync", path: tmp) { fsync(fd) } }
            close(fd)
            try check("rename", path: path) { rename(tmp, path) }
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        if durable { syncDirectory(dir) }
    }

    /// Makes renames and creations inside `dir` durable.
    public static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
