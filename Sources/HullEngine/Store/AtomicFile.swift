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
        // Its owner in the name: one killed mid-write is garbage a sweep
        // can recognise (TempOwner).
        let tmp = path + ".tmp-\(TempOwner.tag)-\(UInt32.random(in: 0...UInt32.max))"
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

    /// Removes the temp files of writes into `dir` whose writer is gone.
    public static func sweepTemps(in dir: String) {
        for name in (try? FileSystem.list(dir)) ?? [] {
            guard let mark = name.firstRange(of: ".tmp-") else { continue }
            // "tmp-<owner>-<n>" has the shape of a tmp/ entry.
            if TempOwner.isGone(String(name[mark.lowerBound...].dropFirst())) { unlink(dir + "/" + name) }
        }
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
