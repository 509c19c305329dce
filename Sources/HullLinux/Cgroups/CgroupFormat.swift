/// Parsers for the formats cgroup files use.
enum CgroupFormat {
    /// A single number, or nil for "max", an empty file or garbage.
    static func number(_ text: String) -> UInt64? {
        UInt64(text.trimmingWhitespace)
    }

    /// v1 spells "unlimited" as Int64.max rounded down to a page
    /// (9223372036854771712 with 4 KiB pages); anything that large is.
    static func v1Limit(_ text: String) -> UInt64? {
        guard let value = number(text) else { return nil }
        return value >= 1 << 62 ? nil : value
    }

    /// "key value" lines (memory.stat, cpu.stat, memory.events, memory.oom_control).
    static func keyed(_ text: String) -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            if parts.count == 2, let value = UInt64(parts[1]) { out[String(parts[0])] = value }
        }
        return out
    }

    /// v2 io.stat: "8:0 rbytes=1 wbytes=2 rios=3 ..." per device, summed.
    static func ioStat(_ text: String) -> (read: UInt64, write: UInt64) {
        var read: UInt64 = 0, write: UInt64 = 0
        for line in text.split(separator: "\n") {
            for field in line.split(separator: " ").dropFirst() {
                let kv = field.split(separator: "=", maxSplits: 1)
                guard kv.count == 2, let value = UInt64(kv[1]) else { continue }
                if kv[0] == "rbytes" { read &+= value }
                if kv[0] == "wbytes" { write &+= value }
            }
        }
        return (read, write)
    }

    /// v1 blkio.*io_service_bytes*: "8:0 Read 123" per device and op, then "Total N".
    static func blkioServiceBytes(_ text: String) -> (read: UInt64, write: UInt64) {
        var read: UInt64 = 0, write: UInt64 = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 3, let value = UInt64(parts[2]) else { continue }
            if parts[1] == "Read" { read &+= value }
            if parts[1] == "Write" { write &+= value }
        }
        return (read, write)
    }

    /// cgroup.procs: one pid per line.
    static func pids(_ text: String) -> [Int32] {
        text.split(separator: "\n").compactMap { Int32($0.trimmingWhitespace) }
    }

    /// cgroup.controllers and cgroup.subtree_control: space-separated names.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        let isSpace = { (c: Character) in c == " " || c == "\n" || c == "\t" || c == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
