#if canImport(Glibc)
import Glibc
#endif

/// A `--since`/`--until` value, as Podman reads one (ParseInputTime): a
/// Go duration (`10m`, `1h30m`) back from now for `--since` and ahead of
/// now for `--until` (following ends then), a Unix time (`1733620000`,
/// `1733620000.5`), or an RFC 3339 timestamp, with or without fraction,
/// zone or time of day (a missing zone is UTC, hull's clock for events).
public enum EventTimeBound {
    public static func parse(_ text: String, since: Bool = true, now: EventTime = .now()) throws(HullError) -> EventTime {
        if let seconds = GoDuration.seconds(text) { return now.adding(seconds: since ? -seconds : seconds) }
        if let unix = unixTime(text) { return unix }
        if let t = EventTime.parseRFC3339(text) { return t }
        for suffix in ["Z", ".0Z"] where !text.isEmpty {
            if let t = EventTime.parseRFC3339(text + suffix) { return t }
        }
        if text.count == 10, let t = EventTime.parseRFC3339(text + "T00:00:00Z") { return t }
        throw HullError(.failure, "invalid time \"\(text)\": use a timestamp (2026-12-08T01:02:03Z, Unix seconds) or a duration (10m, 1h30m)")
    }

    static func unixTime(_ text: String) -> EventTime? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0, !parts[0].hasPrefix("+") else { return nil }
        var nanos: Int32 = 0
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].count <= 9, let frac = Int32(parts[1]), frac >= 0 else { return nil }
            nanos = frac
            for _ in parts[1].count..<9 { nanos *= 10 }
        }
        return EventTime(seconds: whole, nanoseconds: nanos)
    }
}
