import HullEngine

/// Typed reads of a compose tree that fail naming the file and key path.
struct NodeReader {
    let file: String

    func fail(_ path: String, _ message: String) -> HullError { composeError(file, path, message) }

    func map(_ node: ComposeNode, _ path: String, allowed: Set<String>? = nil) throws(HullError) -> ComposeMap {
        guard case .mapping(let m) = node else { throw fail(path, "must be a mapping") }
        if let allowed {
            for key in m.keys where !allowed.contains(key) && !key.hasPrefix("x-") {
                throw fail(join(path, key), "additional property \(key) is not allowed")
            }
        }
        return m
    }

    func string(_ node: ComposeNode, _ path: String) throws(HullError) -> String {
        guard case .scalar(let s, _) = node else { throw fail(path, "must be a string") }
        return s
    }

    func optionalString(_ node: ComposeNode?, _ path: String) throws(HullError) -> String? {
        guard let node, node != .null else { return nil }
        return try string(node, path)
    }

    func bool(_ node: ComposeNode, _ path: String) throws(HullError) -> Bool {
        guard case .scalar(let s, _) = node else { throw fail(path, "must be a boolean") }
        switch s.lowercased() {
        case "true", "yes", "on", "y": return true
        case "false", "no", "off", "n": return false
        default: throw fail(path, "must be a boolean, not \"\(s)\"")
        }
    }

    func int(_ node: ComposeNode, _ path: String) throws(HullError) -> Int {
        guard case .scalar(let s, _) = node, let n = Int(s) else { throw fail(path, "must be an integer") }
        return n
    }

    /// A list of strings, or one string when `single` allows it.
    func strings(_ node: ComposeNode, _ path: String, single: Bool = false) throws(HullError) -> [String] {
        if single, case .scalar(let s, _) = node { return [s] }
        guard case .sequence(let items) = node else { throw fail(path, single ? "must be a string or a list" : "must be a list") }
        var out: [String] = []
        for (i, item) in items.enumerated() { out.append(try string(item, "\(path)[\(i)]")) }
        return out
    }

    /// A command: a list, or a string split as a shell would split words.
    func command(_ node: ComposeNode, _ path: String) throws(HullError) -> [String]? {
        if node == .null { return nil }
        if case .scalar(let s, _) = node {
            guard let words = ShellWords.split(s) else { throw fail(path, "unbalanced quotes in \"\(s)\"") }
            return words
        }
        return try strings(node, path)
    }

    /// `KEY: value` or `["KEY=value"]` (already mappings after normalization).
    func keyValues(_ node: ComposeNode, _ path: String) throws(HullError) -> [String: String?] {
        var out: [String: String?] = [:]
        switch node {
        case .mapping(let m):
            for (k, v) in m.entries {
                if v == .null { out[k] = .some(nil); continue }
                guard case .scalar(let s, _) = v else { throw fail(join(path, k), "must be a string, number, boolean or null") }
                out[k] = s
            }
        case .sequence:
            for item in try strings(node, path) {
                let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                out[kv[0]] = kv.count > 1 ? kv[1] : nil
            }
        default: throw fail(path, "must be a mapping or a list")
        }
        return out
    }
}

/// POSIX-shell word splitting of a command string (quotes and backslashes).
enum ShellWords {
    static func split(_ s: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in s {
            if escaped { word.append(c); escaped = false; continue }
            if let q = quote {
                if c == q { quote = nil } else if c == "\\" && q == "\"" { escaped = true } else { word.append(c) }
                continue
            }
            switch c {
            case "\\": escaped = true; inWord = true
            case "'", "\"": quote = c; inWord = true
            case " ", "\t", "\n":
                if inWord { words.append(word); word = ""; inWord = false }
            default: word.append(c); inWord = true
            }
        }
        if quote != nil || escaped { return nil }
        if inWord { words.append(word) }
        return words
    }
}
