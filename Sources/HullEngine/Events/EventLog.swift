#if canImport(Glibc)
import Glibc
#endif
import HullLinux

/// The store's event log: one JSON-lines file under the run root, written
/// by whichever hull process causes an event (no daemon collects them).
///
/// Each event is one `write(2)` of less than PIPE_BUF on an O_APPEND
/// descriptor, so the kernel places every line whole at the end of the
/// file even with many writers at once. At `maxSize` the file is renamed to
/// `events.log.1` under a lock; a writer that opened the old file just
/// before still lands its line there, where readers look too.
public struct EventLog: Sendable {
    public let directory: String
    public var maxSize: Int64

    /// Podman's `events_logfile_max_size` default is 1 MB; hull keeps more,
    /// so that `events --since` reaches back further before a rotation.
    public static let defaultMaxSize: Int64 = 16 << 20
    /// PIPE_BUF: the size below which an O_APPEND write is never interleaved.
    static let atomicWriteLimit = 4096

    public init(layout: StoreLayout, maxSize: Int64? = nil) {
        self.init(directory: layout.runroot + "/events", maxSize: maxSize)
    }

    public init(directory: String, maxSize: Int64? = nil) {
        self.directory = directory
        self.maxSize = maxSize ?? Self.environmentMaxSize ?? Self.defaultMaxSize
    }

    public var path: String { directory + "/events.log" }
    public var rotatedPath: String { directory + "/events.log.1" }
    var lockPath: String { directory + "/events.lock" }

    /// `HULL_EVENTS_LOGFILE_MAX_SIZE` (bytes), for a store that wants a
    /// smaller log (and for the rotation tests).
    static var environmentMaxSize: Int64? {
        guard let text = getenv("HULL_EVENTS_LOGFILE_MAX_SIZE").map({ String(cString: $0) }),
              let value = Int64(text), value > 0 else { return nil }
        return value
    }

    /// Records `event`. An event that cannot be written never fails the
    /// operation that caused it; the return value says whether it landed.
    @discardableResult
    public func append(_ event: Event) -> Bool {
        var line = Array((EventJSON.encode(event) + "\n").utf8)
        if line.count >= Self.atomicWriteLimit {
            // Labels are what grows a line: without them it fits.
            var slim = event
            slim.attributes = nil
            line = Array((EventJSON.encode(slim) + "\n").utf8)
            guard line.count < Self.atomicWriteLimit else { return false }
        }
        var fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 && errno == ENOENT {
            try? FileSystem.makeDirectories(directory, mode: 0o700)
            fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var written: Int
        repeat {
            written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        } while written < 0 && errno == EINTR
        guard written == line.count else { return false }
        var st = stat()
        if fstat(fd, &st) == 0 && Int64(st.st_size) > maxSize {
            rotate()
        }
        return true
    }

    /// Renames a full log aside, once: the lock and a second look at the
    /// size keep two writers that both saw it full from rotating twice.
    func rotate() {
        guard let lock = try? FileLock(path: lockPath) else { return }
        defer { lock.unlock() }
        var st = stat()
        guard stat(path, &st) == 0, Int64(st.st_size) > maxSize else { return }
        _ = rename(path, rotatedPath)
    }

    /// The files to read, oldest first.
    public var files: [String] { [rotatedPath, path] }
}
