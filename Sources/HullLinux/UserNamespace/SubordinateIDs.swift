/// A range of subordinate ids granted to a user in /etc/subuid or
/// /etc/subgid (subuid(5)): "NAME_OR_UID:START:COUNT".
public struct SubordinateRange: Equatable, Sendable {
    public var start: UInt32
    public var count: UInt32

    public init(start: UInt32, count: UInt32) {
        self.start = start
        self.count = count
    }

    public var end: UInt64 { UInt64(start) + UInt64(count) }
}

public enum SubordinateIDs {
    public static let uidFile = "/etc/subuid"
    public static let gidFile = "/etc/subgid"

    /// The ranges listed for `user` (by name or by its numeric id), in file
    /// order. Comments, blank and malformed lines are skipped, as shadow's
    /// tools do.
    public static func ranges(in text: String, user: String, uid: UInt32? = nil) -> [SubordinateRange] {
        text.split(separator: "\n").compactMap { line in
            let t = line.drop { $0 == " " || $0 == "\t" }
            guard !t.hasPrefix("#") else { return nil }
            let f = t.split(separator: ":", omittingEmptySubsequences: false)
            guard f.count == 3, f[0] == user || (uid.map { f[0] == "\($0)" } ?? false),
                  let start = UInt32(f[1].trimmingWhitespace), let count = UInt32(f[2].trimmingWhitespace),
                  count > 0, UInt64(start) + UInt64(count) <= 1 << 32 else { return nil }
            return SubordinateRange(start: start, count: count)
        }
    }

    /// Reads `path`; a missing file has no ranges.
    public static func ranges(file path: String, user: String, uid: UInt32? = nil) throws(LinuxError) -> [SubordinateRange] {
        guard FileSystem.exists(path) else { return [] }
        return ranges(in: String(decoding: try FileSystem.readFile(path), as: UTF8.self), user: user, uid: uid)
    }
}
