import CHull
#if canImport(Glibc)
import Glibc
#endif

/// Facts about host processes, read from /proc.
public enum ProcessTable {
    /// The process's start time in clock ticks since boot (field 22 of
    /// /proc/PID/stat). A pid plus its start time names one process for
    /// good, even after the pid is reused.
    public static func startTime(of pid: Int32) -> UInt64? {
        stat(of: pid)?.startTime
    }

    static func stat(of pid: Int32) -> (state: Character, startTime: UInt64)? {
        guard let bytes = try? FileSystem.readFile("/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        // The command name (field 2) may hold spaces and parentheses.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state); field 22 is fields[19].
        guard fields.count > 19, let state = fields[0].first, let start = UInt64(fields[19]) else { return nil }
        return (state, start)
    }

    /// Gives back the resident executable pages of a long-lived idle process.
    public static func releaseTextPages() { hull_release_text_pages() }

    /// This process's permitted capabilities (CapPrm in /proc/self/status).
    public static func ownPermittedCapabilities() -> UInt64 {
        guard let bytes = try? FileSystem.readFile("/proc/self/status") else { return 0 }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("CapPrm:") {
            return UInt64(line.dropFirst(7).filter { !$0.isWhitespace }, radix: 16) ?? 0
        }
        return 0
    }

    /// True when `pid` runs (not a zombie) and is the process that started at `startTime`.
    public static func isAlive(pid: Int32, startTime: UInt64?) -> Bool {
        guard pid > 0, let stat = self.stat(of: pid), stat.state != "Z" else { return false }
        if let startTime { return stat.startTime == startTime }
        return true
    }
}
