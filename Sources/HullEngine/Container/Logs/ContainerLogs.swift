#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Reads a container's k8s-file log (`<RFC3339Nano> stdout|stderr F|P <msg>`)
/// back as the output it was, with Podman's `logs` options.
public struct ContainerLogs {
    public struct Options: Sendable {
        public var follow = false
        public var tail: Int?
        public var timestamps = false
        public var since: Date?
        public var until: Date?
        /// Prefix each line with the short container id (several containers).
        public var prefix: String?
        public init() {}
    }

    public struct Entry: Equatable, Sendable {
        public var time: Date
        public var timeText: String
        public var stream: String
        public var full: Bool
        public var text: String
    }

    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// Parses one log line; nil for a line that is not a log entry.
    public static func parse(_ line: Substring) -> Entry? {
        let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, let time = Timestamp.parse(String(parts[0])),
              parts[1] == "stdout" || parts[1] == "stderr", parts[2] == "F" || parts[2] == "P" else { return nil }
        return Entry(time: time, timeText: String(parts[0]), stream: String(parts[1]), full: parts[2] == "F",
                     text: parts.count > 3 ? String(parts[3]) : "")
    }

    /// Writes the log to hull's stdout and stderr; with `follow`, until the container has exited.
    public func write(_ container: Container, options: Options) throws(HullError) {
        let path = ContainerMonitor.logPath(layout, container.id)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            guard errno == ENOENT else { throw HullError(.failure, "reading logs of \(container.id): \(LinuxError("open").reason)") }
            if !options.follow { return }
        }
        var reader = LineReader(fd: fd)
        defer { if reader.fd >= 0 { close(reader.fd) } }
        // A rotated log (--log-opt max-size) holds the older lines.
        var older = LineReader(fd: open(path + ".1", O_RDONLY | O_CLOEXEC))
        let rotated = older.lines()
        if older.fd >= 0 { close(older.fd) }
        var entries = (rotated + reader.lines()).compactMap(Self.parse).filter { inWindow($0, options) }
        if let tail = options.tail {
            entries = Array(Self.lastLines(entries, count: tail))
        }
        entries.forEach { emit($0, options) }
        guard options.follow else { return }
        let lifecycle = ContainerLifecycle(layout: layout)
        while true {
            let exited = (try? lifecycle.waitForExit(container.id, timeout: 0.1)) ?? true
            for line in reader.lines() {
                if let e = Self.parse(line), inWindow(e, options) { emit(e, options) }
            }
            // The monitor rotated the log: what is left in the old file
            // was just read; go on at the start of the new one.
            if Self.replaced(reader.fd, by: path) {
                // Rotated twice since the last look: the file in between is
                // now path.1, not read yet.
                if Self.replaced(reader.fd, by: path + ".1") {
                    var between = LineReader(fd: open(path + ".1", O_RDONLY | O_CLOEXEC))
                    for line in between.lines() {
                        if let e = Self.parse(line), inWindow(e, options) { emit(e, options) }
                    }
                    if between.fd >= 0 { close(between.fd) }
                }
                let next = open(path, O_RDONLY | O_CLOEXEC)
                if next >= 0 {
                    if reader.fd >= 0 { close(reader.fd) }
                    reader = LineReader(fd: next)
                    continue
                }
            }
            if exited { return }
        }
    }

    /// Whether `path` now names another file than the open `fd`.
    static func replaced(_ fd: Int32, by path: String) -> Bool {
        var named = stat(), held = stat()
        guard stat(path, &named) == 0 else { return false }
        guard fd >= 0, fstat(fd, &held) == 0 else { return true }
        return named.st_ino != held.st_ino || named.st_dev != held.st_dev
    }

    /// The entries making up the last `count` lines (a line may span P entries).
    static func lastLines(_ entries: [Entry], count: Int) -> ArraySlice<Entry> {
        guard count >= 0 else { return entries[...] }
        var lines = 0
        var start = entries.endIndex
        while start > entries.startIndex {
            let e = entries[start - 1]
            if e.full {
                if lines == count { break }
                lines += 1
            }
            start -= 1
        }
        return entries[start...]
    }

    private func inWindow(_ e: Entry, _ o: Options) -> Bool {
        if let since = o.since, e.time < since { return false }
        if let until = o.until, e.time > until { return false }
        return true
    }

    private func emit(_ e: Entry, _ o: Options) {
        var out = ""
        if let prefix = o.prefix { out += prefix + " " }
        if o.timestamps { out += e.timeText + " " }
        out += e.text
        if e.full { out += "\n" }
        let fd: Int32 = e.stream == "stderr" ? 2 : 1
        _ = Array(out.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}

/// Whole lines from a file that may still be growing; a partial last line
/// is kept until its newline arrives.
struct LineReader {
    let fd: Int32
    var pending: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    mutating func lines() -> [Substring] {
        guard fd >= 0 else { return [] }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            pending += chunk[0..<n]
        }
        guard let lastNewline = pending.lastIndex(of: 10) else { return [] }
        // Split on the byte: as Characters, "\r\n" (terminal output) is one
        // grapheme and would not split on "\n".
        let lines = pending[...lastNewline].split(separator: 10, omittingEmptySubsequences: false).dropLast()
        pending.removeSubrange(...lastNewline)
        return lines.map { Substring(String(decoding: $0, as: UTF8.self)) }
    }
}
