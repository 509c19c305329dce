/// The dynamically typed data a `--format` template walks over.
///
/// Go templates run against arbitrary Go values via reflection; Swift has no
/// equivalent, so commands first flatten their Encodable output into this tree.
/// Maps keep insertion order because they usually stand in for Go structs,
/// whose JSON keeps declaration order.
public indirect enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([TemplateValue])
    case map([(String, TemplateValue)])
    /// A Go struct: a `.map` of its fields under its Go type's name. A
    /// field it lacks is an error (`can't evaluate field X in type T`),
    /// where a map's missing key is only "no value".
    case typed(String, TemplateValue)

    /// The value itself, without a struct's type name.
    public var untyped: TemplateValue {
        if case .typed(_, let inner) = self { return inner.untyped }
        return self
    }
}

extension TemplateValue: Equatable {
    // Written by hand because tuples (the map entries) cannot synthesize Equatable.
    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.list(a), .list(b)): return a == b
        case let (.typed(t, a), .typed(u, b)): return t == u && a == b
        case let (.map(a), .map(b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where x.0 != y.0 || x.1 != y.1 {
                return false
            }
            return true
        default: return false
        }
    }
}

extension TemplateValue {
    /// The value stored under `key` in a map (exact match only), nil otherwise.
    public subscript(key: String) -> TemplateValue? {
        guard case .map(let entries) = untyped else { return nil }
        return entries.first { $0.0 == key }?.1
    }

    /// Looks a field up the way `{{.Field}}` does: exact key first, then a
    /// case-insensitive match, because Podman users write `.Id` for `.ID`.
    func lookupField(_ name: String) -> TemplateValue? {
        guard case .map(let entries) = untyped else { return nil }
        if let hit = entries.first(where: { $0.0 == name }) { return hit.1 }
        let lowered = name.lowercased()
        if let hit = entries.first(where: { $0.0.lowercased() == lowered }) { return hit.1 }
        if case .typed(let type, _) = self, let field = Self.methods[type]?[name] { return lookupField(field) }
        return nil
    }

    /// Go methods of Podman's types that templates call like fields and
    /// that return one of the fields: not in the JSON, but `{{.X}}` works.
    static let methods: [String: [String: String]] = [
        // Podman 4's old name for State.Health.
        "*define.InspectContainerState": ["Healthcheck": "Health"],
    ]

    /// Go template truthiness: zero values and empty collections are false.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.isEmpty
        case .map(let m): return !m.isEmpty
        case .typed(_, let inner): return inner.isTruthy
        }
    }
}

// Literal conformances keep tests and hand-built rows readable.
extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self = .map(elements) }
}

// MARK: - JSON

extension TemplateValue {
    /// Compact JSON the way Go's `json.Marshal` writes it (minus HTML escaping):
    /// map keys in stored order, integral floats without a fraction.
    public func jsonString() -> String {
        var out = ""
        writeJSON(into: &out, indent: nil, depth: 0)
        return out
    }

    /// Indented JSON like Go's `json.MarshalIndent(v, "", indent)`.
    public func prettyJSONString(indent: String = "    ") -> String {
        var out = ""
        writeJSON(into: &out, indent: indent, depth: 0)
        return out
    }

    private func writeJSON(into out: inout String, indent: String?, depth: Int) {
        // Go puts a newline plus indentation before every element and before the
        // closing bracket, but writes empty containers as `[]` / `{}`.
        func newline(_ level: Int) {
            guard let indent else { return }
            out += "\n"
            for _ in 0..<level { out += indent }
        }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += GoFloat.json(d)
        case .string(let s): TemplateValue.writeJSONString(s, into: &out)
        case .list(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (n, item) in items.enumerated() {
                if n > 0 { out += "," }
                newline(depth + 1)
                item.writeJSON(into: &out, indent: indent, depth: depth + 1)
            }
            newline(depth)
            out += "]"
        case .typed(_, let inner): inner.writeJSON(into: &out, indent: indent, depth: depth)
        case .map(let entries):
            guard !entries.isEmpty else { out += "{}"; return }
            out += "{"
            for (n, (key, value)) in entries.enumerated() {
                if n > 0 { out += "," }
                newline(depth + 1)
                TemplateValue.writeJSONString(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.writeJSON(into: &out, indent: indent, depth: depth + 1)
            }
            newline(depth)
            out += "}"
        }
    }

    static func writeJSONString(_ s: String, into out: inout String) {
        let hex: [Character] = Array("0123456789abcdef")
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            // Go escapes the JavaScript line terminators so output embeds safely.
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00"
                    out.append(hex[Int(scalar.value >> 4)])
                    out.append(hex[Int(scalar.value & 0xF)])
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
