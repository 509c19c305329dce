import HullEngine
import Yams

/// One YAML value of a compose file, as read, before it is typed: what
/// interpolation and merging work on. Scalars keep whether they were plain
/// (unquoted), since `ports: [80]` and `"80"` are read alike but `true` and
/// `"true"` are not.
public indirect enum ComposeNode: Equatable, Sendable {
    case null
    case scalar(String, plain: Bool)
    case sequence([ComposeNode])
    case mapping(ComposeMap)
    /// `!reset`: removes what an earlier file set.
    case reset
    /// `!override`: replaces what an earlier file set instead of merging.
    case override(ComposeNode)

    public static func string(_ s: String) -> ComposeNode { .scalar(s, plain: false) }

    var mapping: ComposeMap? { if case .mapping(let m) = self { return m } else { return nil } }
    var scalarText: String? { if case .scalar(let s, _) = self { return s } else { return nil } }
}

/// A mapping that keeps the file's key order (config prints it sorted, but
/// errors name the first bad key as the file has it).
public struct ComposeMap: Equatable, Sendable {
    public private(set) var keys: [String] = []
    private var values: [String: ComposeNode] = [:]

    public init() {}

    public subscript(key: String) -> ComposeNode? {
        get { values[key] }
        set {
            if let newValue {
                if values[key] == nil { keys.append(key) }
                values[key] = newValue
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var entries: [(key: String, value: ComposeNode)] { keys.map { ($0, values[$0]!) } }
    public var isEmpty: Bool { keys.isEmpty }
}

enum ComposeYAML {
    /// Parses one file's text; an empty file is an empty mapping.
    static func parse(_ text: String, file: String) throws(HullError) -> ComposeNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw composeError(file, "", "invalid YAML: \(String(describing: error).split(separator: "\n").first.map(String.init) ?? "")")
        }
        guard let root else { return .mapping(ComposeMap()) }
        return try convert(root, file: file, path: "")
    }

    private static func convert(_ node: Node, file: String, path: String, tagged: Bool = true) throws(HullError) -> ComposeNode {
        let tag = node.tag.rawValue
        if tagged && tag == "!reset" { return .reset }
        if tagged && tag == "!override" { return .override(try convert(node, file: file, path: path, tagged: false)) }
        switch node {
        case .scalar(let s):
            if s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string) { return .null }
            return .scalar(s.string, plain: s.style == .plain)
        case .alias:
            throw composeError(file, path, "unresolved YAML alias")
        case .sequence(let seq):
            var items: [ComposeNode] = []
            for (i, item) in seq.enumerated() { items.append(try convert(item, file: file, path: "\(path)[\(i)]")) }
            return .sequence(items)
        case .mapping(let m):
            var out = ComposeMap()
            var merged = ComposeMap()
            for (k, v) in m {
                guard case .scalar(let ks) = k else { throw composeError(file, path, "mapping keys must be strings") }
                let key = ks.string
                // `<<: *anchor` (YAML merge key): the anchor's keys, under the explicit ones.
                if key == "<<" && ks.style == .plain {
                    let sources: [Node]
                    if case .sequence(let seq) = v { sources = Array(seq) } else { sources = [v] }
                    for source in sources {
                        guard case .mapping(let sm) = try convert(source, file: file, path: join(path, key)) else {
                            throw composeError(file, join(path, key), "a merge key needs a mapping")
                        }
                        for (sk, sv) in sm.entries where merged[sk] == nil { merged[sk] = sv }
                    }
                    continue
                }
                if out[key] != nil { throw composeError(file, join(path, key), "mapping key \"\(key)\" already defined") }
                out[key] = try convert(v, file: file, path: join(path, key))
            }
            for (k, v) in merged.entries where out[k] == nil { out[k] = v }
            return .mapping(out)
        }
    }
}

func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
