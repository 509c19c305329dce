import HullEngine

/// `${VAR}` substitution in compose values, as the Compose Specification
/// defines it: `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty),
/// `${VAR-default}` (unset), `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`,
/// `${VAR+alt}`, `$$` for a literal `$`; defaults may hold further `${...}`.
public struct Interpolation {
    public enum Failure: Error, Equatable {
        case required(variable: String, message: String)
        case invalid
    }

    public let lookup: (String) -> String?
    /// Variables used but unset (compose warns and uses "").
    public private(set) var unset: [String] = []

    public init(_ lookup: @escaping (String) -> String?) { self.lookup = lookup }

    public init(environment: [String: String]) { self.init { environment[$0] } }

    public mutating func apply(_ text: String) throws(Failure) -> String {
        guard text.contains("$") else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "$" else { out.append(c); i += 1; continue }
            guard i + 1 < chars.count else { out.append(c); i += 1; continue }
            let next = chars[i + 1]
            if next == "$" { out.append("$"); i += 2; continue }
            if next == "{" {
                // The matching brace, counting nested `${`.
                var depth = 1
                var j = i + 2
                while j < chars.count {
                    if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                guard j < chars.count else { throw .invalid }
                out += try expand(String(chars[(i + 2)..<j]))
                i = j + 1
                continue
            }
            if Self.isNameStart(next) {
                var j = i + 1
                while j < chars.count && Self.isNameChar(chars[j]) { j += 1 }
                out += value(String(chars[(i + 1)..<j]))
                i = j
                continue
            }
            throw .invalid
        }
        return out
    }

    private mutating func value(_ name: String) -> String {
        if let v = lookup(name) { return v }
        if !unset.contains(name) { unset.append(name) }
        return ""
    }

    /// The inside of `${...}`: a name, then optionally an operator and its word.
    private mutating func expand(_ body: String) throws(Failure) -> String {
        let chars = Array(body)
        var n = 0
        while n < chars.count && Self.isNameChar(chars[n]) { n += 1 }
        let name = String(chars[..<n])
        guard !name.isEmpty, Self.isNameStart(chars[0]) else { throw .invalid }
        if n == chars.count { return value(name) }
        var op = String(chars[n])
        var rest = n + 1
        if op == ":" {
            guard rest < chars.count else { throw .invalid }
            op += String(chars[rest])
            rest += 1
        }
        let word = String(chars[rest...])
        let raw = lookup(name)
        let setNonEmpty = !(raw ?? "").isEmpty
        switch op {
        case ":-": return setNonEmpty ? raw! : try apply(word)
        case "-": if let raw { return raw } else { return try apply(word) }
        case ":?":
            if setNonEmpty { return raw! }
            throw .required(variable: name, message: try apply(word))
        case "?":
            if let raw { return raw }
            throw .required(variable: name, message: try apply(word))
        case ":+": return setNonEmpty ? try apply(word) : ""
        case "+": return raw != nil ? try apply(word) : ""
        default: throw .invalid
        }
    }

    static func isNameStart(_ c: Character) -> Bool { c == "_" || (c.isASCII && c.isLetter) }
    static func isNameChar(_ c: Character) -> Bool { c == "_" || (c.isASCII && (c.isLetter || c.isNumber)) }
}

extension Interpolation {
    /// Every scalar of a file's tree (values only, never keys), errors naming
    /// the key path.
    mutating func applyTree(_ node: ComposeNode, file: String, path: String) throws(HullError) -> ComposeNode {
        switch node {
        case .scalar(let s, let plain):
            do {
                let v = try apply(s)
                // A plain scalar stays plain so `${PORT}` can still be a number.
                return .scalar(v, plain: plain)
            } catch .required(let name, let message) {
                throw composeError(file, path, "required variable \(name) is missing a value" + (message.isEmpty ? "" : ": \(message)"))
            } catch {
                throw composeError(file, path, "invalid interpolation format \"\(s)\": you may need to escape any $ with another $")
            }
        case .sequence(let items):
            var out: [ComposeNode] = []
            for (i, item) in items.enumerated() { out.append(try applyTree(item, file: file, path: "\(path)[\(i)]")) }
            return .sequence(out)
        case .mapping(let map):
            var out = ComposeMap()
            for (k, v) in map.entries { out[k] = try applyTree(v, file: file, path: join(path, k)) }
            return .mapping(out)
        case .override(let inner): return .override(try applyTree(inner, file: file, path: path))
        case .null, .reset: return node
        }
    }
}
