#if canImport(Glibc)
import Glibc
#endif

/// Reads the event log: what it holds now, or (following) what it holds
/// and then each event as it is appended, across rotations.
public struct EventReader {
    public let log: EventLog
    /// How often a follower looks for new lines.
    public var pollInterval: UInt32 = 100_000

    public init(log: EventLog) {
        self.log = log
    }

    /// Every event recorded so far, oldest file first. `body` returns false to stop.
    public func readAll(_ body: (Event) throws -> Bool) rethrows {
        for file in log.files {
            let fd = open(file, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var pending: [UInt8] = []
            guard try drain(fd, &pending, body) else { return }
        }
    }

    /// Follows the log until `body` returns false or `stop` says so
    /// (checked between polls). With `fromStart`, the recorded events come
    /// first; otherwise only those appended from now on.
    public func follow(fromStart: Bool, stop: () -> Bool, _ body: (Event) throws -> Bool) rethrows {
        var fd = openCurrent()
        if fromStart {
            let rotated = open(log.rotatedPath, O_RDONLY | O_CLOEXEC)
            if rotated >= 0 {
                var pending: [UInt8] = []
                defer { close(rotated) }
                guard try drain(rotated, &pending, body) else { if fd >= 0 { close(fd) }; return }
            }
        } else if fd >= 0 {
            lseek(fd, 0, SEEK_END)
        }
        defer { if fd >= 0 { close(fd) } }
        var pending: [UInt8] = []
        while true {
            if fd >= 0 {
                guard try drain(fd, &pending, body) else { return }
            }
            if stop() { return }
            // Renamed aside (rotation) or not there yet: once the old file
            // is read to its end, the new one is read from its start.
            if fd < 0 || !isCurrent(fd) {
                if fd >= 0 {
                    guard try drain(fd, &pending, body) else { return }
                    close(fd)
                    pending = []
                }
                fd = openCurrent()
                if fd >= 0 { continue }
            }
            usleep(pollInterval)
        }
    }

    private func openCurrent() -> Int32 {
        open(log.path, O_RDONLY | O_CLOEXEC)
    }

    private func isCurrent(_ fd: Int32) -> Bool {
        var held = stat(), named = stat()
        guard fstat(fd, &held) == 0, stat(log.path, &named) == 0 else { return false }
        return held.st_ino == named.st_ino && held.st_dev == named.st_dev
    }

    /// Reads `fd` to its current end, handing each whole line's event to
    /// `body`; an unfinished last line waits in `pending`. False: stop.
    private func drain(_ fd: Int32, _ pending: inout [UInt8], _ body: (Event) throws -> Bool) rethrows -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return true }
            var start = 0
            if !pending.isEmpty {
                guard let newline = chunk[0..<n].firstIndex(of: 10) else {
                    pending += chunk[0..<n]
                    continue
                }
                pending += chunk[0..<newline]
                if let e = EventJSON.decode(pending), !(try body(e)) { return false }
                pending = []
                start = newline + 1
            }
            while start < n {
                guard let newline = chunk[start..<n].firstIndex(of: 10) else {
                    pending = Array(chunk[start..<n])
                    break
                }
                if newline > start, let e = EventJSON.decode(chunk[start..<newline]), !(try body(e)) { return false }
                start = newline + 1
            }
        }
    }
}
