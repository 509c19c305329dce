/// Block-style YAML for `hull info` without --format, laid out as Podman's
/// (go-yaml) output: maps as `key: value`, nested maps indented by two,
/// list items as `- ` at the parent's indentation, empty values as null/[]/{}.
public enum YAMLWriter {
    /// `indentedLists`: a map's list items one level in (`key:\n  - a`), as
    /// go-yaml v3 writes them (docker compose config), not at the key's
    /// own indentation as go-yaml v2 (Podman).
    public static func render(_ value: TemplateValue, indentedLists: Bool = false) -> String {
        var out = ""
        write(value, indent: "", lists: indentedLists, into: &out)
        return out
    }

    private static func write(_ value: TemplateValue, indent: String, lists: Bool, into out: inout String) {
        switch value.untyped {
        case .map(let entries):
            for (key, item) in entries {
                out += indent + key + ":"
                writeNested(item, indent: indent, nestedIndent: indent + "  ", lists: lists, into: &out)
            }
        case .list(let items):
            for item in items {
                // The first line of a map item shares the line with its dash.
                var block = ""
                write(item, indent: indent + "  ", lists: lists, into: &block)
                if case .map = item.untyped, !block.isEmpty {
                    out += indent + "- " + block.dropFirst(indent.count + 2)
                } else {
                    out += indent + "- " + scalar(item) + "\n"
                }
            }
        default:
            out += indent + scalar(value) + "\n"
        }
    }

    private static func writeNested(_ item: TemplateValue, indent: String, nestedIndent: String, lists: Bool, into out: inout String) {
        switch item.untyped {
        case .map(let entries) where !entries.isEmpty:
            out += "\n"
            write(item, indent: nestedIndent, lists: lists, into: &out)
        case .list(let items) where !items.isEmpty:
            // go-yaml v2 puts a map's list items at the key's own indentation, v3 one level in.
            out += "\n"
            write(item, indent: lists ? nestedIndent : indent, lists: lists, into: &out)
        default:
            out += " " + scalar(item) + "\n"
        }
    }

    static func scalar(_ value: TemplateValue) -> String {
        switch value.untyped {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return needsQuotes(s) ? TemplateValue.string(s).jsonString() : s
        case .list: return "[]"
        case .map, .typed: return "{}"
        }
    }

    /// Strings YAML would read back as something else, or not at all.
    private static func needsQuotes(_ s: String) -> Bool {
        if s.isEmpty || s != s.trimmingSpaces() { return true }
        let lowered = s.lowercased()
        if ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lowered) { return true }
        if Double(s) != nil || Int(s) != nil { return true }
        if let first = s.first, "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        return s.contains(": ") || s.contains(" #") || s.contains(where: { $0.isNewline || $0 == "\t" })
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
