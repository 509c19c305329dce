#if canImport(Glibc)
import Glibc
#endif

/// `--ulimit NAME=SOFT[:HARD]` with Docker's names.
public enum ResourceLimits {
    static let names: [String: Int32] = [
        "core": 4, "cpu": 0, "data": 2, "fsize": 1, "locks": 10, "memlock": 8, "msgqueue": 12,
        "nice": 13, "nofile": 7, "nproc": 6, "rss": 5, "rtprio": 14, "rttime": 15, "sigpending": 11, "stack": 3,
    ]

    public struct Parsed: Equatable, Sendable {
        public var name: String
        public var resource: Int32
        public var soft: UInt64
        public var hard: UInt64
    }

    public static let unlimited = UInt64.max

    /// Parses one flag value; nil means the text is not valid.
    public static func parse(_ text: String) -> Parsed? {
        let kv = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard kv.count == 2, let resource = names[kv[0]] else { return nil }
        let values = kv[1].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard values.count <= 2, let soft = value(values[0]) else { return nil }
        let hard = values.count == 2 ? value(values[1]) : soft
        guard let hard, soft <= hard else { return nil }
        return Parsed(name: kv[0], resource: resource, soft: soft, hard: hard)
    }

    /// Why `parse` refuses a flag value, in the words of Docker's
    /// go-units parser (which Podman's messages quote); nil if it is valid.
    public static func problem(with text: String) -> String? {
        guard parse(text) == nil else { return nil }
        let kv = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard kv.count == 2 else { return "invalid ulimit argument: \(text)" }
        guard names[kv[0]] != nil else { return "invalid ulimit type: \(kv[0])" }
        let values = kv[1].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard values.count <= 2 else {
            return "too many limit value arguments - \(kv[1]), can only have up to two, `soft[:hard]`"
        }
        if let bad = values.first(where: { value($0) == nil }) {
            return "strconv.ParseInt: parsing \"\(bad)\": invalid syntax"
        }
        return "ulimit soft limit must be less than or equal to hard limit: \(values[0]) > \(values[1])"
    }

    static func value(_ s: String) -> UInt64? {
        if s == "-1" || s == "unlimited" { return unlimited }
        return UInt64(s)
    }

    /// This process's hard limit for a resource: what it can hand on.
    public static func callerHardLimit(_ resource: Int32) -> UInt64 {
        var rl = rlimit()
        guard getrlimit(__rlimit_resource_t(UInt32(resource)), &rl) == 0 else { return unlimited }
        return UInt64(rl.rlim_max)  // RLIM_INFINITY is UInt64.max, the same as `unlimited`
    }
}
