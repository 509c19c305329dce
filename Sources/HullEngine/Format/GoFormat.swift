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

/// The parts of Go's `fmt` package that templates reach: %v printing,
/// Sprint/Sprintln spacing and a practical subset of Sprintf.
enum GoFmt {
    /// `%v` of a value, as `fmt.Sprint` renders interface{} data.
    static func value(_ v: TemplateValue) -> String {
        switch v {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return GoFloat.v(d)
        case .string(let s): return s
        case .list(let items): return "[" + items.map(value).joined(separator: " ") + "]"
        case .map(let entries):
            // Go's fmt sorts map keys so output is deterministic.
            let sorted = entries.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            return "map[" + sorted.map { $0.0 + ":" + value($0.1) }.joined(separator: " ") + "]"
        }
    }

    /// The Go type name used in `%!verb(type=value)` diagnostics.
    static func typeName(_ v: TemplateValue) -> String {
        switch v {
        case .null: return "<nil>"
        case .bool: return "bool"
        case .int: return "int"
        case .double: return "float64"
        case .string: return "string"
        case .list: return "[]interface {}"
        case .map: return "map[string]interface {}"
        }
    }

    /// `fmt.Sprint`: a space only between operands when neither is a string.
    static func sprint(_ args: [TemplateValue]) -> String {
        var out = ""
        var previousWasString = true
        for (n, arg) in args.enumerated() {
            let isString: Bool
            if case .string = arg { isString = true } else { isString = false }
            if n > 0 && !isString && !previousWasString { out += " " }
            out += value(arg)
            previousWasString = isString
        }
        return out
    }

    /// `fmt.Sprintln`: always spaces, plus a trailing newline.
    static func sprintln(_ args: [TemplateValue]) -> String {
        args.map(value).joined(separator: " ") + "\n"
    }

    /// Go's `strconv.Quote`, treating non-ASCII as printable.
    static func quote(_ s: String) -> String {
        let hex: [Character] = Array("0123456789abcdef")
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{0B}": out += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x"
                    out.append(hex[Int(scalar.value >> 4)])
                    out.append(hex[Int(scalar.value & 0xF)])
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

// MARK: - Sprintf

extension GoFmt {
    private struct Spec {
        var minus = false, plus = false, sharp = false, space = false, zero = false
        var width: Int?
        var precision: Int?
    }

    /// `fmt.Sprintf` for the verbs format strings actually use
    /// (%v %s %q %d %x %X %o %b %c %t %f %e %g %%), with flags, width and
    /// precision. Mismatches render Go's `%!verb(type=value)` markers.
    static func sprintf(_ format: String, _ args: [TemplateValue]) -> String {
        let chars = Array(format.unicodeScalars)
        var out = ""
        var i = 0
        var argIndex = 0

        // Reads a width or precision: digits, or `*` taking an int argument.
        func number() -> Int? {
            if i < chars.count, chars[i] == "*" {
                i += 1
                guard argIndex < args.count, case .int(let n) = args[argIndex] else { return nil }
                argIndex += 1
                return Int(n)
            }
            var n: Int?
            while i < chars.count, chars[i].value >= 48, chars[i].value <= 57 {
                n = (n ?? 0) * 10 + Int(chars[i].value - 48)
                i += 1
            }
            return n
        }

        while i < chars.count {
            let c = chars[i]
            i += 1
            guard c == "%" else { out.unicodeScalars.append(c); continue }
            var spec = Spec()
            flags: while i < chars.count {
                switch chars[i] {
                case "-": spec.minus = true
                case "+": spec.plus = true
                case "#": spec.sharp = true
                case " ": spec.space = true
                case "0": spec.zero = true
                default: break flags
                }
                i += 1
            }
            spec.width = number()
            if let w = spec.width, w < 0 { spec.minus = true; spec.width = -w }
            if i < chars.count, chars[i] == "." {
                i += 1
                spec.precision = number() ?? 0
            }
            guard i < chars.count else { out += "%!(NOVERB)"; break }
            let verb = chars[i]
            i += 1
            if verb == "%" { out += "%"; continue }
            guard argIndex < args.count else { out += "%!\(verb)(MISSING)"; continue }
            out += formatArg(args[argIndex], verb, spec)
            argIndex += 1
        }
        if argIndex < args.count {
            let extra = args[argIndex...].map { typeName($0) + "=" + value($0) }
            out += "%!(EXTRA " + extra.joined(separator: ", ") + ")"
        }
        return out
    }

    private static func formatArg(_ arg: TemplateValue, _ verb: Unicode.Scalar, _ spec: Spec) -> String {
        let bad = "%!\(verb)(" + (arg == .null ? "<nil>" : typeName(arg) + "=" + value(arg)) + ")"
        var body: String
        // Go ignores the 0 flag for integers that have a precision.
        var numeric = false
        let intZeroPad = spec.precision == nil
        switch (verb, arg) {
        case ("v", .string(let s)), ("s", .string(let s)):
            body = spec.precision.map { String(s.unicodeScalars.prefix($0)) } ?? s
        case ("v", .int(let n)), ("d", .int(let n)):
            body = integer(n, radix: 10, spec: spec); numeric = intZeroPad
        case ("v", .double(let d)), ("g", .double(let d)), ("G", .double(let d)):
            let text = spec.precision.map { GoFloat.general(d, precision: $0) } ?? GoFloat.v(d)
            body = signed(text, spec: spec); numeric = true
        case ("v", _):
            body = value(arg)
        case ("T", _):
            body = typeName(arg)
        case ("s", .list), ("s", .map), ("d", .list), ("d", .map):
            body = value(arg)
        case ("q", .string(let s)):
            body = quote(s)
        case ("q", .list(let items)):
            body = "[" + items.map { formatArg($0, "q", Spec()) }.joined(separator: " ") + "]"
        case ("q", .int(let n)), ("c", .int(let n)):
            let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: n)) ?? "\u{FFFD}"
            body = verb == "c" ? String(scalar) : "'" + String(quote(String(scalar)).dropFirst().dropLast()) + "'"
        case ("x", .int(let n)), ("X", .int(let n)):
            body = integer(n, radix: 16, spec: spec); numeric = intZeroPad
        case ("o", .int(let n)):
            body = integer(n, radix: 8, spec: spec); numeric = intZeroPad
        case ("b", .int(let n)):
            body = integer(n, radix: 2, spec: spec); numeric = intZeroPad
        case ("x", .string(let s)), ("X", .string(let s)):
            body = s.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        case ("t", .bool(let b)):
            body = b ? "true" : "false"
        case ("f", .double(let d)), ("F", .double(let d)):
            body = signed(GoFloat.fixed(d, precision: spec.precision ?? 6), spec: spec); numeric = true
        case ("e", .double(let d)), ("E", .double(let d)):
            body = signed(GoFloat.exponent(d, precision: spec.precision ?? 6), spec: spec); numeric = true
        default:
            return bad
        }
        if verb == "X" || verb == "E" || verb == "G" { body = body.uppercased() }
        return pad(body, spec: spec, numeric: numeric)
    }

    private static func integer(_ n: Int64, radix: Int, spec: Spec) -> String {
        var digits = String(n.magnitude, radix: radix)
        if let p = spec.precision, digits.count < p {
            digits = String(repeating: "0", count: p - digits.count) + digits
        }
        if spec.sharp {
            if radix == 16 { digits = "0x" + digits } else if radix == 8 { digits = "0" + digits }
        }
        return signed((n < 0 ? "-" : "") + digits, spec: spec)
    }

    private static func signed(_ text: String, spec: Spec) -> String {
        guard !text.hasPrefix("-") else { return text }
        if spec.plus { return "+" + text }
        if spec.space { return " " + text }
        return text
    }

    /// Pads to the width in runes; zero padding goes after the sign, like Go.
    private static func pad(_ body: String, spec: Spec, numeric: Bool) -> String {
        guard let width = spec.width else { return body }
        let length = body.unicodeScalars.count
        guard length < width else { return body }
        let fill = width - length
        if spec.minus { return body + String(repeating: " ", count: fill) }
        if spec.zero && numeric {
            let hasSign = body.hasPrefix("-") || body.hasPrefix("+") || body.hasPrefix(" ")
            let sign = hasSign ? String(body.prefix(1)) : ""
            return sign + String(repeating: "0", count: fill) + body.dropFirst(hasSign ? 1 : 0)
        }
        return String(repeating: " ", count: fill) + body
    }
}
