#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// RFC 3339 timestamps as Go prints them, and Docker's human durations.
public enum Timestamp {
    /// `2026-11-22T14:39:25.123456789Z` (trailing zeros of the fraction dropped, as Go's RFC3339Nano).
    public static func rfc3339Nano(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        var nanos = Int(((interval - Double(seconds)) * 1e9).rounded())
        if nanos >= 1_000_000_000 { seconds += 1; nanos -= 1_000_000_000 }
        var tm = tm()
        gmtime_r(&seconds, &tm)
        var s = "\(tm.tm_year + 1900)-\(pad2(tm.tm_mon + 1))-\(pad2(tm.tm_mday))T\(pad2(tm.tm_hour)):\(pad2(tm.tm_min)):\(pad2(tm.tm_sec))"
        if nanos > 0 {
            var frac = String(nanos)
            frac = String(repeating: "0", count: 9 - frac.count) + frac
            while frac.hasSuffix("0") { frac.removeLast() }
            s += "." + frac
        }
        return s + "Z"
    }

    /// Parses RFC 3339 with an optional fraction and a `Z` or `±hh:mm` zone.
    public static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= chars.count else { return nil }
            var v = 0
            for c in chars[from..<from + len] {
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard chars.count >= 20, let year = num(0, 4), let mon = num(5, 2), let day = num(8, 2),
              let hour = num(11, 2), let min = num(14, 2), let sec = num(17, 2) else { return nil }
        var i = 19
        var fraction = 0.0
        if i < chars.count && chars[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            while i < chars.count, chars[i] >= 48, chars[i] <= 57 {
                fraction += Double(chars[i] - 48) * scale
                scale /= 10
                i += 1
            }
        }
        var offset = 0
        if i < chars.count && chars[i] != UInt8(ascii: "Z") {
            guard let oh = num(i + 1, 2), let om = num(i + 4, 2) else { return nil }
            offset = (oh * 3600 + om * 60) * (chars[i] == UInt8(ascii: "-") ? -1 : 1)
        }
        var tm = tm()
        tm.tm_year = Int32(year - 1900); tm.tm_mon = Int32(mon - 1); tm.tm_mday = Int32(day)
        tm.tm_hour = Int32(hour); tm.tm_min = Int32(min); tm.tm_sec = Int32(sec)
        let epoch = timegm(&tm)
        return Date(timeIntervalSince1970: Double(epoch - offset) + fraction)
    }

    /// go-units' HumanDuration, which Docker and Podman print in ps and images.
    public static func humanDuration(_ interval: Double) -> String {
        let seconds = Int(interval)
        if seconds < 1 { return "Less than a second" }
        if seconds == 1 { return "1 second" }
        if seconds < 60 { return "\(seconds) seconds" }
        let minutes = seconds / 60
        if minutes == 1 { return "About a minute" }
        if minutes < 60 { return "\(minutes) minutes" }
        let hours = Int((interval / 3600).rounded())
        if hours == 1 { return "About an hour" }
        if hours < 48 { return "\(hours) hours" }
        if hours < 24 * 7 * 2 { return "\(hours / 24) days" }
        if hours < 24 * 30 * 2 { return "\(hours / 24 / 7) weeks" }
        if hours < 24 * 365 * 2 { return "\(hours / 24 / 30) months" }
        return "\(Int(interval / 3600) / 24 / 365) years"
    }

    /// "5 seconds ago"
    public static func ago(_ date: Date, now: Date = Date()) -> String {
        humanDuration(now.timeIntervalSince(date)) + " ago"
    }

    private static func pad2(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
}

/// Sizes as Podman prints them: decimal units, three significant digits ("1.23 MB").
public enum ByteSize {
    public static func human(_ bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return "\(significant(value)) \(units[unit])"
    }

    /// go-units' HumanSize, which Podman's prune totals use: no space,
    /// four significant digits ("23.07MB", "0B").
    public static func compact(_ bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        guard value > 0 else { return "0" + units[unit] }
        var whole = 1
        while whole < 4 && value >= pow10(whole) { whole += 1 }
        var s = fixed(value, decimals: 4 - whole)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s + units[unit]
    }

    /// `value` with `decimals` digits after the point.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scaled = Int64((value * pow10(decimals)).rounded())
        var digits = String(scaled)
        guard decimals > 0 else { return digits }
        while digits.count <= decimals { digits = "0" + digits }
        return String(digits.dropLast(decimals)) + "." + String(digits.suffix(decimals))
    }

    private static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// Go's %.3g: three significant digits, no trailing zeros.
    static func significant(_ value: Double) -> String {
        if value == 0 { return "0" }
        let digits = value >= 100 ? 0 : (value >= 10 ? 1 : 2)
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var s = String(rounded)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
