/// Why a builtin call failed; the executor turns these into Go's wording.
enum TemplateFunctionError: Error {
    /// `wrong number of args for NAME: want N got M`.
    case arity(want: Int, atLeast: Bool, got: Int)
    /// An argument of the wrong type, reported as-is.
    case type(String)
    /// The function ran and failed: `error calling NAME: ...`.
    case failed(String)
}

/// Go's builtins plus the helpers Podman registers for `--format`
/// (json, upper, lower, title, join, split, truncate, pad).
enum TemplateBuiltins {
    static let names: Set<String> = [
        "and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge", "len", "index", "slice",
        "print", "printf", "println",
        "json", "upper", "lower", "title", "join", "split", "truncate", "pad",
    ]

    // `and`/`or` short-circuit, so the executor evaluates them itself.
    static func call(_ name: String, _ args: [TemplateValue]) throws -> TemplateValue {
        func arity(_ n: Int) throws {
            guard args.count == n else { throw TemplateFunctionError.arity(want: n, atLeast: false, got: args.count) }
        }
        func atLeast(_ n: Int) throws {
            guard args.count >= n else { throw TemplateFunctionError.arity(want: n, atLeast: true, got: args.count) }
        }
        switch name {
        case "not": try arity(1); return .bool(!args[0].isTruthy)
        case "eq":
            try atLeast(1)
            guard args.count > 1 else { throw TemplateFunctionError.failed("missing argument for comparison") }
            for other in args.dropFirst() where try compare(args[0], other) == 0 { return .bool(true) }
            return .bool(false)
        case "ne": try arity(2); return .bool(try compare(args[0], args[1]) != 0)
        case "lt": try arity(2); return .bool(try ordered(args[0], args[1]) < 0)
        case "le": try arity(2); return .bool(try ordered(args[0], args[1]) <= 0)
        case "gt": try arity(2); return .bool(try ordered(args[0], args[1]) > 0)
        case "ge": try arity(2); return .bool(try ordered(args[0], args[1]) >= 0)
        case "len": try arity(1); return try length(args[0])
        case "index": try atLeast(1); return try index(args[0], args.dropFirst())
        case "slice": try atLeast(1); return try slice(args[0], Array(args.dropFirst()))
        case "print": return .string(GoFmt.sprint(args))
        case "println": return .string(GoFmt.sprintln(args))
        case "printf":
            try atLeast(1)
            return .string(GoFmt.sprintf(try string(args[0]), Array(args.dropFirst())))
        case "json": try arity(1); return .string(args[0].jsonString())
        case "upper": try arity(1); return .string(try string(args[0]).uppercased())
        case "lower": try arity(1); return .string(try string(args[0]).lowercased())
        case "title": try arity(1); return .string(title(try string(args[0])))
        case "join":
            try arity(2)
            guard case .list(let items) = args[0] else {
                throw TemplateFunctionError.type(
                    "wrong type for value; expected []string; got \(GoFmt.typeName(args[0]))")
            }
            return .string(items.map(GoFmt.value).joined(separator: try string(args[1])))
        case "split":
            try arity(2)
            return .list(split(try string(args[0]), by: try string(args[1])).map(TemplateValue.string))
        case "truncate":
            try arity(2)
            let source = try string(args[0])
            let length = try int(args[1])
            guard length >= 0 else { throw TemplateFunctionError.failed("slice bounds out of range [:\(length)]") }
            return .string(String(source.unicodeScalars.prefix(length)))
        case "pad":
            try arity(3)
            let source = try string(args[0])
            let (left, right) = (try int(args[1]), try int(args[2]))
            guard left >= 0, right >= 0 else { throw TemplateFunctionError.failed("negative Repeat count") }
            // Podman leaves empty cells empty so padding does not invent columns.
            guard !source.isEmpty else { return .string("") }
            return .string(String(repeating: " ", count: left) + source + String(repeating: " ", count: right))
        default:
            throw TemplateFunctionError.failed("function \"\(name)\" not defined")
        }
    }

    // MARK: - Argument conversion

    /// Scalars are accepted as their printed form: hull's Swift models do not
    /// always use the same Go type as Podman (an Int where Podman has a string).
    static func string(_ v: TemplateValue) throws -> String {
        switch v {
        case .string(let s): return s
        case .int, .double, .bool: return GoFmt.value(v)
        case .null: throw TemplateFunctionError.type("invalid value; expected string")
        case .list, .map, .typed:
            throw TemplateFunctionError.type("wrong type for value; expected string; got \(GoFmt.typeName(v))")
        }
    }

    static func int(_ v: TemplateValue) throws -> Int {
        switch v {
        case .int(let i): return Int(i)
        // Checked by hand: Int(exactly:) would pull in libm's rounding functions.
        case .double(let d) where d.magnitude < 1e18 && Double(Int64(d)) == d: return Int(Int64(d))
        default:
            throw TemplateFunctionError.type("wrong type for value; expected int; got \(GoFmt.typeName(v))")
        }
    }

    // MARK: - Comparison

    /// Equality across Go's "basic kinds": numbers compare by value whatever
    /// their width, mixing strings with numbers is an error as in Go.
    static func compare(_ a: TemplateValue, _ b: TemplateValue) throws -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _), (_, .null): return 1
        case let (.bool(x), .bool(y)): return x == y ? 0 : 1
        case (.list, .list), (.map, .map): return a == b ? 0 : 1
        default: return try ordered(a, b)
        }
    }

    static func ordered(_ a: TemplateValue, _ b: TemplateValue) throws -> Int {
        func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a, b) {
        case let (.int(x), .int(y)): return sign(x, y)
        case let (.int(x), .double(y)): return sign(Double(x), y)
        case let (.double(x), .int(y)): return sign(x, Double(y))
        case let (.double(x), .double(y)): return sign(x, y)
        case let (.string(x), .string(y)):
            // Go compares bytes, not Unicode-canonical characters.
            if x == y { return 0 }
            return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
        case (.int, _), (.double, _), (.string, _):
            throw TemplateFunctionError.failed("incompatible types for comparison")
        default:
            throw TemplateFunctionError.failed("invalid type for comparison")
        }
    }

    // MARK: - Collections

    private static func length(_ v: TemplateValue) throws -> TemplateValue {
        switch v.untyped {
        case .string(let s): return .int(Int64(s.utf8.count))  // Go's len counts bytes.
        case .list(let l): return .int(Int64(l.count))
        case .map(let m): return .int(Int64(m.count))
        case .null: throw TemplateFunctionError.failed("len of nil pointer")
        default: throw TemplateFunctionError.failed("len of type \(GoFmt.typeName(v))")
        }
    }

    private static func index(_ item: TemplateValue, _ keys: ArraySlice<TemplateValue>) throws -> TemplateValue {
        var current = item
        for key in keys {
            switch current.untyped {
            case .list(let items):
                let i = try position(key, count: items.count, what: "index")
                guard i < items.count else { throw TemplateFunctionError.failed("index out of range: \(i)") }
                current = items[i]
            case .string(let s):
                let bytes = Array(s.utf8)
                let i = try position(key, count: bytes.count, what: "index")
                guard i < bytes.count else { throw TemplateFunctionError.failed("index out of range: \(i)") }
                current = .int(Int64(bytes[i]))
            case .map(let entries):
                guard case .string(let name) = key else {
                    throw TemplateFunctionError.failed(
                        "value has type \(GoFmt.typeName(key)); should be string")
                }
                if let hit = entries.first(where: { $0.0 == name }) {
                    current = hit.1
                } else {
                    // Go yields the map's zero value. Hull's string maps (labels,
                    // annotations) are the common case, where that is "".
                    let allStrings = entries.allSatisfy { if case .string = $0.1 { true } else { false } }
                    current = allStrings ? .string("") : .null
                }
            case .null:
                throw TemplateFunctionError.failed("index of untyped nil")
            default:
                throw TemplateFunctionError.failed("can't index item of type \(GoFmt.typeName(current))")
            }
        }
        return current
    }

    private static func position(_ key: TemplateValue, count: Int, what: String) throws -> Int {
        guard case .int(let i) = key else {
            throw TemplateFunctionError.failed("cannot index slice/array with type \(GoFmt.typeName(key))")
        }
        guard i >= 0 else { throw TemplateFunctionError.failed("\(what) out of range: \(i)") }
        return Int(clamping: i)
    }

    private static func slice(_ item: TemplateValue, _ bounds: [TemplateValue]) throws -> TemplateValue {
        guard bounds.count <= 2 else { throw TemplateFunctionError.failed("too many slice indexes: \(bounds.count)") }
        func range(_ count: Int) throws -> Range<Int> {
            let low = bounds.count > 0 ? try position(bounds[0], count: count, what: "index") : 0
            let high = bounds.count > 1 ? try position(bounds[1], count: count, what: "index") : count
            guard low <= high, high <= count else {
                throw TemplateFunctionError.failed("index out of range: \(max(low, high))")
            }
            return low..<high
        }
        switch item {
        case .string(let s):
            let bytes = Array(s.utf8)
            return .string(String(decoding: bytes[try range(bytes.count)], as: UTF8.self))
        case .list(let items): return .list(Array(items[try range(items.count)]))
        default: throw TemplateFunctionError.failed("can't slice item of type \(GoFmt.typeName(item))")
        }
    }

    // MARK: - Strings

    /// `strings.Split`: byte-exact, keeps empty fields, empty separator splits runes.
    static func split(_ s: String, by separator: String) -> [String] {
        guard !separator.isEmpty else { return s.unicodeScalars.map { String($0) } }
        let bytes = Array(s.utf8)
        let sep = Array(separator.utf8)
        var parts: [String] = []
        var start = 0
        var k = 0
        while k + sep.count <= bytes.count {
            if bytes[k..<(k + sep.count)].elementsEqual(sep) {
                parts.append(String(decoding: bytes[start..<k], as: UTF8.self))
                k += sep.count
                start = k
            } else {
                k += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// `strings.Title`: upper-cases the first letter of each word.
    static func title(_ s: String) -> String {
        var out = ""
        var previousIsSeparator = true
        for ch in s {
            if previousIsSeparator { out += ch.uppercased() } else { out.append(ch) }
            let isWordChar = ch.isLetter || ch.isNumber || ch == "_"
            previousIsSeparator = !isWordChar && (ch.isASCII || ch.isWhitespace)
        }
        return out
    }
}
