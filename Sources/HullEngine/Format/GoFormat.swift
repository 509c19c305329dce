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
        case .typed(_, let inner): return value(inner)
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
        case .typed(let name, _): return name
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
