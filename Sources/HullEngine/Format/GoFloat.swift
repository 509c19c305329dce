/// Go's float-to-text rules. Swift's `description` already yields the
/// shortest round-trip digits, so only the layout (when to switch to exponent
/// form, how many exponent digits) needs to follow Go.
enum GoFloat {
    /// Shortest decimal digits (ASCII) of a finite, non-zero magnitude and the
    /// decimal point position: value = 0.d1d2d3... × 10^dp.
    static func decimal(_ magnitude: Double) -> (digits: [UInt8], dp: Int) {
        let text = Array(String(magnitude).utf8)
        var mantissa = text[...]
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = text[..<e]
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
        }
        var digits: [UInt8] = []
        var point: Int?
        for c in mantissa {
            if c == UInt8(ascii: ".") { point = digits.count } else { digits.append(c) }
        }
        var dp = (point ?? digits.count) + exponent
        while digits.first == UInt8(ascii: "0") { digits.removeFirst(); dp -= 1 }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, dp)
    }

    /// `encoding/json`: plain decimals unless very small or large.
    static func json(_ d: Double) -> String {
        guard d.isFinite else { return "null" }  // Go refuses to encode these at all.
        guard d != 0 else { return d.sign == .minus ? "-0" : "0" }
        let (digits, dp) = decimal(d.magnitude)
        let sign = d < 0 ? "-" : ""
        let magnitude = d.magnitude
        if magnitude < 1e-6 || magnitude >= 1e21 {
            var text = Array(exponentLayout(digits, dp, fraction: nil).utf8)
            // Go trims the padding zero only for negative exponents ("e-07" -> "e-7").
            let n = text.count
            if n >= 4, text[n - 4] == UInt8(ascii: "e"), text[n - 3] == UInt8(ascii: "-"),
                text[n - 2] == UInt8(ascii: "0")
            {
                text.remove(at: n - 2)
            }
            return sign + String(decoding: text, as: UTF8.self)
        }
        return sign + fixedLayout(digits, dp, fraction: nil)
    }

    /// `fmt`'s %v: %g with shortest digits, exponent form once exp >= 6 or < -4.
    static func v(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        guard d != 0 else { return d.sign == .minus ? "-0" : "0" }
        let (digits, dp) = decimal(d.magnitude)
        let sign = d < 0 ? "-" : ""
        let exp = dp - 1
        if exp < -4 || exp >= 6 { return sign + exponentLayout(digits, dp, fraction: nil) }
        return sign + fixedLayout(digits, dp, fraction: nil)
    }

    /// `%.Nf`.
    static func fixed(_ d: Double, precision: Int) -> String {
        guard d.isFinite else { return v(d) }
        let sign = d.sign == .minus ? "-" : ""
        guard d != 0 else { return sign + fixedLayout([], 1, fraction: precision) }
        let (digits, dp) = exactDecimal(d.magnitude)
        let (kept, newDP) = round(digits, dp, keep: dp + precision)
        return sign + fixedLayout(kept, newDP, fraction: precision)
    }

    /// `%.Ne`.
    static func exponent(_ d: Double, precision: Int) -> String {
        guard d.isFinite else { return v(d) }
        let sign = d.sign == .minus ? "-" : ""
        guard d != 0 else { return sign + exponentLayout([UInt8(ascii: "0")], 1, fraction: precision) }
        let (digits, dp) = exactDecimal(d.magnitude)
        let (kept, newDP) = round(digits, dp, keep: precision + 1)
        return sign + exponentLayout(kept, newDP, fraction: precision)
    }

    /// `%.Ng`: N significant digits, exponent form when the exponent is < -4 or >= N.
    static func general(_ d: Double, precision: Int) -> String {
        guard d.isFinite else { return v(d) }
        let sign = d.sign == .minus ? "-" : ""
        guard d != 0 else { return sign + "0" }
        let significant = max(precision, 1)
        let (exact, exactDP) = exactDecimal(d.magnitude)
        let (digits, dp) = round(exact, exactDP, keep: significant)
        var eprec = significant
        if eprec > digits.count && digits.count >= dp { eprec = digits.count }
        let exp = dp - 1
        if exp < -4 || exp >= eprec { return sign + exponentLayout(digits, dp, fraction: nil) }
        return sign + fixedLayout(digits, dp, fraction: nil)
    }

    /// Every double is a finite decimal: mantissa × 2^exp = mantissa × 5^-exp / 10^-exp.
    /// Precision-limited verbs must round these exact digits (as Go does);
    /// rounding the shortest digits would misjudge values like 2.0005.
    static func exactDecimal(_ magnitude: Double) -> (digits: [UInt8], dp: Int) {
        let bits = magnitude.bitPattern
        let exponentBits = Int((bits >> 52) & 0x7FF)
        var mantissa = bits & ((1 << 52) - 1)
        var exp = -1074
        if exponentBits != 0 {
            mantissa |= 1 << 52
            exp = exponentBits - 1075
        }
        // Little-endian base-2^32 limbs.
        var limbs: [UInt32] = [UInt32(truncatingIfNeeded: mantissa), UInt32(truncatingIfNeeded: mantissa >> 32)]
        func multiply(by factor: UInt32) {
            var carry: UInt64 = 0
            for i in limbs.indices {
                let product = UInt64(limbs[i]) * UInt64(factor) + carry
                limbs[i] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            if carry > 0 { limbs.append(UInt32(carry)) }
        }
        // Scale by 2^exp, or by 5^-exp (the 10^-exp divisor only moves the point),
        // in chunks that fit a 32-bit factor.
        var remaining = Int(exp.magnitude)
        while remaining > 0 {
            let n = min(remaining, exp >= 0 ? 31 : 13)
            var factor: UInt32 = 1
            for _ in 0..<n { factor *= exp >= 0 ? 2 : 5 }
            multiply(by: factor)
            remaining -= n
        }
        // Peel off base-10^9 chunks, least significant first.
        var chunks: [UInt32] = []
        while limbs.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for i in limbs.indices.reversed() {
                let value = (remainder << 32) | UInt64(limbs[i])
                limbs[i] = UInt32(value / 1_000_000_000)
                remainder = value % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
            while limbs.last == 0 { limbs.removeLast() }
        }
        var text = ""
        for (i, chunk) in chunks.reversed().enumerated() {
            let part = String(chunk)
            text += i == 0 ? part : String(repeating: "0", count: 9 - part.count) + part
        }
        var digits = Array(text.utf8)
        let dp = digits.count + (exp < 0 ? exp : 0)
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, dp)
    }

    /// Keeps `keep` leading digits of an exact expansion, rounding half to even.
    private static func round(_ digits: [UInt8], _ dp: Int, keep: Int) -> ([UInt8], Int) {
        guard keep < digits.count else { return (digits, dp) }
        guard keep >= 0 else { return ([], dp) }
        var kept = Array(digits[0..<keep])
        let next = digits[keep]
        let exactHalf = next == UInt8(ascii: "5") && keep == digits.count - 1
        let lastOdd = kept.last.map { ($0 - UInt8(ascii: "0")) % 2 == 1 } ?? false
        var newDP = dp
        if next > UInt8(ascii: "5") || (next == UInt8(ascii: "5") && (!exactHalf || lastOdd)) {
            var i = kept.count - 1
            while i >= 0 && kept[i] == UInt8(ascii: "9") { kept[i] = UInt8(ascii: "0"); i -= 1 }
            if i < 0 { kept.insert(UInt8(ascii: "1"), at: 0); newDP += 1 } else { kept[i] += 1 }
        }
        while kept.last == UInt8(ascii: "0") { kept.removeLast() }
        return (kept, newDP)
    }

    /// `ddd.ddd`; `fraction` pads or (if nil) uses exactly the digits present.
    private static func fixedLayout(_ digits: [UInt8], _ dp: Int, fraction: Int?) -> String {
        var intPart = ""
        if dp <= 0 {
            intPart = "0"
        } else {
            for i in 0..<dp { intPart.unicodeScalars.append(scalar(i < digits.count ? digits[i] : 48)) }
        }
        var frac = ""
        if dp < 0 { frac = String(repeating: "0", count: -dp) }
        for i in max(dp, 0)..<max(digits.count, max(dp, 0)) { frac.unicodeScalars.append(scalar(digits[i])) }
        if let fraction {
            if frac.count < fraction { frac += String(repeating: "0", count: fraction - frac.count) }
            if frac.count > fraction { frac = String(frac.prefix(fraction)) }
        }
        return frac.isEmpty ? intPart : intPart + "." + frac
    }

    /// `d.ddde±XX` with at least two exponent digits, as C and Go print it.
    private static func exponentLayout(_ digits: [UInt8], _ dp: Int, fraction: Int?) -> String {
        let all = digits.isEmpty ? [UInt8(ascii: "0")] : digits
        var text = String(scalar(all[0]))
        var rest = String(decoding: all.dropFirst(), as: UTF8.self)
        if let fraction, rest.count < fraction { rest += String(repeating: "0", count: fraction - rest.count) }
        if !rest.isEmpty { text += "." + rest }
        let exp = digits.isEmpty ? 0 : dp - 1
        let magnitude = String(exp.magnitude)
        return text + "e" + (exp < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
    }

    private static func scalar(_ byte: UInt8) -> Unicode.Scalar { Unicode.Scalar(byte) }
}
