/// Splitting stored image names into the columns `images` shows.
public enum ImageNames {
    /// `localhost:5000/a/b:1` -> (`localhost:5000/a/b`, `1`); digests and
    /// the nameless get `<none>`, as Podman prints them.
    public static func split(_ name: String) -> (repository: String, tag: String) {
        if name == "<none>:<none>" { return ("<none>", "<none>") }
        if let at = name.firstIndex(of: "@") { return (String(name[..<at]), "<none>") }
        if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") {
            return (String(name[..<colon]), String(name[name.index(after: colon)...]))
        }
        return (name, "<none>")
    }
}
