#if canImport(Glibc)
import Glibc
#endif

/// An advisory flock(2) on a file, held until `unlock` or deinit.
/// The kernel drops it when the process dies, so a SIGKILLed hull never
/// leaves a lock behind.
public final class FileLock {
    private var fd: Int32

    /// Opens (creating) `path` and takes an exclusive or shared lock, waiting.
    public init(path: String, shared: Bool = false) throws(LinuxError) {
        fd = try check("open", path: path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600) }
        let op = shared ? LOCK_SH : LOCK_EX
        do {
            try check("flock", path: path) { flock(fd, op) }
        } catch {
            close(fd)
            throw error
        }
    }

    /// Whether the locked file is still the one at `path`. A lock file
    /// deleted by its holder may meanwhile be made anew by another process,
    /// whose lock on the new file would not exclude this one.
    public func isStill(at path: String) -> Bool {
        var held = stat(), named = stat()
        guard fd >= 0, fstat(fd, &held) == 0, stat(path, &named) == 0 else { return false }
        return held.st_ino == named.st_ino && held.st_dev == named.st_dev
    }

    public func unlock() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }

    deinit { unlock() }
}
