/// Go's time.ParseDuration, whose syntax and error text Podman's
/// --health-* flags and --since/--until show: "1h2m3.5s", "300ms", "-1s";
/// units ns, us, µs, ms, s, m, h; a bare number other than "0" is none.
public enum GoDuration {
    /// Seconds, or nil when Go would refuse the text.
    public static func seconds(_ text: String) -> Double? {
        parse(text).map { Double($0) / 1e9 }
    }

    /// Nanoseconds, or nil when Go would refuse the text.
    public static func parse(_ text: String) -> Int64? {
        if case .success(let n) = parseWithReason(text) { return n }
        return nil
    }

    /// Nanoseconds, or Go's error text: `time: invalid duration "x"`,
    /// `time: missing unit in duration "5"`, `time: unknown unit "x" in duration "1x"`.
    public static func parseWithReason(_ text: String) -> Result<Int64, DurationError> {
        let invalid = DurationError(message: "time: invalid duration \"\(text)\"")
        var s = Substring(text)
        var negative = false
        if let sign = s.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            s = s.dropFirst()
        }
        if s == "0" { return .success(0) }
        guard !s.isEmpty else { return .failure(invalid) }
        let isDigit = { (c: Character) in c.isASCII && c.isNumber }
        var total: Double = 0
        while !s.isEmpty {
            guard let first = s.first, first == "." || isDigit(first) else { return .failure(invalid) }
            let whole = s.prefix(while: isDigit)
            s = s.dropFirst(whole.count)
            var fraction = Substring("")
            if s.first == "." {
                s = s.dropFirst()
                fraction = s.prefix(while: isDigit)
                s = s.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty, let value = Double("0\(whole).\(fraction)0") else {
                return .failure(invalid)
            }
            let unit = s.prefix { !(isDigit($0) || $0 == ".") }
            guard !unit.isEmpty else { return .failure(DurationError(message: "time: missing unit in duration \"\(text)\"")) }
            guard let scale = units[String(unit)] else {
                return .failure(DurationError(message: "time: unknown unit \"\(unit)\" in duration \"\(text)\""))
            }
            s = s.dropFirst(unit.count)
            total += value * scale
        }
        guard total < Double(Int64.max) else { return .failure(invalid) }
        return .success(negative ? -Int64(total) : Int64(total))
    }

    public struct DurationError: Error, Equatable {
        public let message: String
    }

    private static let units: [String: Double] = [
        "ns": 1, "us": 1e3, "µs": 1e3, "μs": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9,
    ]

    /// Go's Duration.String: "30s", "1m30s", "1.5s", "500ms", "0s".
    public static func format(_ nanoseconds: Int64) -> String {
        if nanoseconds == 0 { return "0s" }
        let sign = nanoseconds < 0 ? "-" : ""
        let n = nanoseconds.magnitude
        if n < 1_000_000_000 {
            let (unit, scale): (String, UInt64) = n < 1_000 ? ("ns", 1) : n < 1_000_000 ? ("µs", 1_000) : ("ms", 1_000_000)
            return sign + fraction(n, scale) + unit
        }
        var out = ""
        let hours = n / 3_600_000_000_000, minutes = n / 60_000_000_000 % 60
        if hours > 0 { out += "\(hours)h" }
        if hours > 0 || minutes > 0 { out += "\(minutes)m" }
        return sign + out + fraction(n % 60_000_000_000, 1_000_000_000) + "s"
    }

    private static func fraction(_ value: UInt64, _ scale: UInt64) -> String {
        let whole = value / scale, rest = value % scale
        guard rest > 0 else { return "\(whole)" }
        var digits = String(rest)
        digits = String(repeating: "0", count: String(scale).count - 1 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}
