extension CgroupLimits {
    /// Bytes in a Docker-style size: "512k", "64m", "1g", "1.5g", "64MiB",
    /// "100" (bytes). Units are binary (k = 1024) and case-insensitive, may
    /// be followed by "b" or "ib", and may be separated by one space.
    public static func parseSize(_ text: String) throws(CgroupError) -> Int64 {
        var chars = Array(text.lowercased().utf8)
        // Optional "b", then "i", then the unit letter, from the end.
        if chars.last == UInt8(ascii: "b") { chars.removeLast() }
        var hadI = false
        if chars.last == UInt8(ascii: "i") { chars.removeLast(); hadI = true }
        var multiplier: Int64 = 1
        if let last = chars.last, let m = unitMultiplier(last) {
            multiplier = m
            chars.removeLast()
        } else if hadI {
            throw .invalidSize(text)  // "64i" and "64ib" name no unit
        }
        if chars.last == UInt8(ascii: " ") { chars.removeLast() }
        guard let (whole, fraction) = decimal(chars) else { throw .invalidSize(text) }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: multiplier)
        if overflow { throw .invalidSize(text) }
        guard !fraction.isEmpty else { return scaled }
        // Docker multiplies a float; scale the fraction exactly instead and
        // truncate, which agrees for every size that fits in a float.
        var fractionBytes: Int64 = 0
        var divisor: Int64 = 1
        for digit in fraction.prefix(15) {
            divisor *= 10
            fractionBytes = fractionBytes * 10 + Int64(digit - UInt8(ascii: "0"))
        }
        let part = Int64((Double(fractionBytes) / Double(divisor) * Double(multiplier)).rounded(.down))
        let (total, overflow2) = scaled.addingReportingOverflow(part)
        if overflow2 { throw .invalidSize(text) }
        return total
    }

    /// Billionths of a CPU in a `--cpus` decimal ("1.5" is 1_500_000_000).
    /// Like Docker, more than nine decimal places is an error, not rounded.
    public static func parseCPUs(_ text: String) throws(CgroupError) -> Int64 {
        guard let (whole, fraction) = decimal(Array(text.utf8)) else {
            throw .invalidCPUs(text, reason: "expected a non-negative decimal number such as 0.5 or 2")
        }
        var digits = fraction
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.count > 9 {
            throw .invalidCPUs(text, reason: "more than nine decimal places is too precise")
        }
        var nano: Int64 = 0
        for i in 0..<9 {
            nano = nano * 10 + (i < digits.count ? Int64(digits[i] - UInt8(ascii: "0")) : 0)
        }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 1_000_000_000)
        let (total, overflow2) = scaled.addingReportingOverflow(nano)
        if overflow || overflow2 { throw .invalidCPUs(text, reason: "the number is too large") }
        if total > 0 && total < 10_000_000 {
            throw .invalidCPUs(text, reason: "the smallest limit is 0.01 CPUs")
        }
        return total
    }

    private static func unitMultiplier(_ c: UInt8) -> Int64? {
        switch c {
        case UInt8(ascii: "k"): return 1 << 10
        case UInt8(ascii: "m"): return 1 << 20
        case UInt8(ascii: "g"): return 1 << 30
        case UInt8(ascii: "t"): return 1 << 40
        case UInt8(ascii: "p"): return 1 << 50
        default: return nil
        }
    }

    /// "12" or "12.5" as (12, ["5"]); nil for anything else, including
    /// signs, a bare ".", and an empty string.
    private static func decimal(_ chars: [UInt8]) -> (Int64, [UInt8])? {
        let isDigit = { (c: UInt8) in c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        let dot = chars.firstIndex(of: UInt8(ascii: "."))
        let wholeDigits = chars[..<(dot ?? chars.endIndex)]
        let fraction = dot.map { Array(chars[chars.index(after: $0)...]) } ?? []
        guard !wholeDigits.isEmpty, wholeDigits.allSatisfy(isDigit), fraction.allSatisfy(isDigit) else { return nil }
        if dot != nil && fraction.isEmpty { return nil }
        var whole: Int64 = 0
        for c in wholeDigits {
            let (times10, o1) = whole.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(Int64(c - UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            whole = next
        }
        return (whole, fraction)
    }
}
