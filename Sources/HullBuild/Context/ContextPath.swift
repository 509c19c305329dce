/// Path arithmetic on `/`-separated strings, as Go's `path.Clean`.
public enum ContextPath {
    /// `a//b/./c/../d` is `a/b/d`; an empty path is `.`; `..` never climbs
    /// above `/` of an absolute path.
    public static func clean(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." { parts.removeLast(); continue }
                if absolute { continue }
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `base` joined with `path` unless `path` is absolute, cleaned.
    public static func join(_ base: String, _ path: String) -> String {
        path.hasPrefix("/") ? clean(path) : clean(base + "/" + path)
    }

    /// Whether a relative path, once cleaned, climbs out of where it starts.
    public static func leaves(_ path: String) -> Bool {
        let c = clean(path)
        return c == ".." || c.hasPrefix("../")
    }
}
