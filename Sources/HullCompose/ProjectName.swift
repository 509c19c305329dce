import HullEngine

/// Compose's project name rules: lower-case letters, digits, `-` and `_`,
/// starting with a letter or digit. A name from the directory is made to
/// fit; one given (`-p`, `COMPOSE_PROJECT_NAME`, `name:`) must fit already.
public enum ProjectName {
    public static func isValid(_ s: String) -> Bool {
        guard let first = s.first, first.isASCII, first.isLowercase || first.isNumber else { return false }
        return s.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    public static func fromDirectory(_ dir: String) -> String {
        let base = dir.split(separator: "/").last.map(String.init) ?? ""
        let kept = base.lowercased().filter { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
        return String(kept.drop { $0 == "-" || $0 == "_" })
    }

    public static func check(_ s: String, source: String) throws(HullError) -> String {
        guard isValid(s) else {
            throw HullError(.failure, "\(source): \"\(s)\" is not a valid project name: it must contain only characters from [a-z0-9_-] and start with [a-z0-9]")
        }
        return s
    }
}
