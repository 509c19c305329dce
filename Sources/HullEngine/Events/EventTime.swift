#if canImport(Glibc)
import Glibc
#endif

/// A wall-clock instant with the nanoseconds Podman's events carry (a
/// `Date` keeps about a microsecond), printed as Go prints `time.Time`.
public struct EventTime: Comparable, Hashable, Sendable {
    public var seconds: Int64
    public var nanoseconds: Int32

    public init(seconds: Int64, nanoseconds: Int32 = 0) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    public static func now() -> EventTime {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return EventTime(seconds: Int64(ts.tv_sec), nanoseconds: Int32(ts.tv_nsec))
    }

    public static func < (a: EventTime, b: EventTime) -> Bool {
        a.seconds != b.seconds ? a.seconds < b.seconds : a.nanoseconds < b.nanoseconds
    }

    public func adding(seconds delta: Double) -> EventTime {
        let whole = delta.rounded(.down)
        var s = seconds + Int64(whole)
        var n = Int64(nanoseconds) + Int64(((delta - whole) * 1e9).rounded())
        if n >= 1_000_000_000 { s += 1; n -= 1_000_000_000 }
        return EventTime(seconds: s, nanoseconds: Int32(n))
    }

    /// `2026-12-08T01:02:03.123456789Z`: Go's RFC3339Nano, trailing zeros dropped.
    public var rfc3339Nano: String {
        let (date, clock) = civil()
        return date + "T" + clock + fraction + "Z"
    }

    /// `2026-12-08 01:02:03.123456789 +0000 UTC`: Go's `time.Time.String()` in UTC.
    public var goString: String {
        let (date, clock) = civil()
        return date + " " + clock + fraction + " +0000 UTC"
    }

    private var fraction: String {
        guard nanoseconds > 0 else { return "" }
        var digits = String(nanoseconds)
        digits = String(repeating: "0", count: 9 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "." + digits
    }

    private func civil() -> (String, String) {
        var t = time_t(seconds)
        var tm = tm()
        gmtime_r(&t, &tm)
        func pad(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return ("\(tm.tm_year + 1900)-\(pad(tm.tm_mon + 1))-\(pad(tm.tm_mday))",
                "\(pad(tm.tm_hour)):\(pad(tm.tm_min)):\(pad(tm.tm_sec))")
    }

    /// Reads RFC 3339 with up to nine fraction digits and a `Z` or `±hh:mm` zone.
    public static func parseRFC3339(_ text: String) -> EventTime? {
        let c = Array(text.utf8)
        func num(_ at: Int, _ len: Int) -> Int? {
            guard at + len <= c.count else { return nil }
            var v = 0
            for i in at..<(at + len) {
                guard c[i] >= 48 && c[i] <= 57 else { return nil }
                v = v * 10 + Int(c[i] - 48)
            }
            return v
        }
        guard c.count >= 20, c[4] == 45, c[7] == 45, c[10] == 84 || c[10] == 32 || c[10] == 116,
              c[13] == 58, c[16] == 58,
              let year = num(0, 4), let month = num(5, 2), let day = num(8, 2),
              let hour = num(11, 2), let minute = num(14, 2), let second = num(17, 2) else { return nil }
        var i = 19
        var nanos = 0
        if i < c.count && c[i] == 46 {
            i += 1
            var digits = 0
            while i < c.count, c[i] >= 48 && c[i] <= 57 {
                if digits < 9 { nanos = nanos * 10 + Int(c[i] - 48); digits += 1 }
                i += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<9 { nanos *= 10 }
        }
        var offset = 0
        guard i < c.count else { return nil }
        if c[i] == 90 || c[i] == 122 {
            i += 1
        } else if c[i] == 43 || c[i] == 45, let h = num(i + 1, 2), i + 3 < c.count, c[i + 3] == 58, let m = num(i + 4, 2) {
            offset = (h * 3600 + m * 60) * (c[i] == 43 ? 1 : -1)
            i += 6
        } else {
            return nil
        }
        guard i == c.count else { return nil }
        let days = daysFromCivil(year, month, day)
        let s = Int64(days) * 86400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
        return EventTime(seconds: s, nanoseconds: Int32(nanos))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
