import HullEngine

/// Merging of several compose files, by the Compose Specification's rules:
/// mappings merge key by key; `command`, `entrypoint` and `healthcheck.test`
/// are replaced; environment-like lists merge by variable; `volumes` and
/// `devices` by target path; `ports`, `expose`, `dns`... by value; other
/// sequences are appended; `!reset` removes and `!override` replaces.
enum ComposeMerge {
    static let replaced: Set<String> = ["command", "entrypoint", "test", "image", "build"]
    static let uniqueLists: Set<String> = ["ports", "expose", "dns", "dns_search", "dns_opt", "tmpfs", "cap_add", "cap_drop",
                                           "security_opt", "external_links", "profiles", "env_file", "group_add"]
    static let keyedMaps: Set<String> = ["environment", "labels", "sysctls", "extra_hosts", "annotations", "args"]

    /// The file's tree with list forms that merge as mappings turned into mappings.
    static func normalize(_ root: ComposeNode) -> ComposeNode {
        guard var top = root.mapping, case .mapping(var services)? = top["services"] else { return root }
        for (name, service) in services.entries {
            guard var s = service.mapping else { continue }
            for key in keyedMaps { if let v = s[key] { s[key] = keyValueMap(v, separator: key == "extra_hosts" ? [":", "="] : ["="]) } }
            if case .mapping(var build)? = s["build"], let args = build["args"] {
                build["args"] = keyValueMap(args, separator: ["="])
                s["build"] = .mapping(build)
            }
            if let v = s["networks"] { s["networks"] = namesToMap(v) { _ in .null } }
            if let v = s["depends_on"] {
                s["depends_on"] = namesToMap(v) { _ in
                    var m = ComposeMap()
                    m["condition"] = .string("service_started")
                    return .mapping(m)
                }
            }
            services[name] = .mapping(s)
        }
        top["services"] = .mapping(services)
        return .mapping(top)
    }

    private static func keyValueMap(_ node: ComposeNode, separator: [Character]) -> ComposeNode {
        guard case .sequence(let items) = node else { return node }
        var m = ComposeMap()
        for item in items {
            guard let text = item.scalarText else { return node }
            if let sep = text.firstIndex(where: { separator.contains($0) }) {
                m[String(text[..<sep])] = .string(String(text[text.index(after: sep)...]))
            } else {
                m[text] = .null
            }
        }
        return .mapping(m)
    }

    private static func namesToMap(_ node: ComposeNode, _ value: (String) -> ComposeNode) -> ComposeNode {
        guard case .sequence(let items) = node else { return node }
        var m = ComposeMap()
        for item in items {
            guard let name = item.scalarText else { return node }
            m[name] = value(name)
        }
        return .mapping(m)
    }

    /// `override` laid over `base`; nil when `!reset` removes the key.
    static func merge(_ base: ComposeNode?, _ over: ComposeNode, key: String = "") -> ComposeNode? {
        switch over {
        case .reset: return nil
        case .override(let inner): return strip(inner)
        default: break
        }
        guard let base else { return strip(over) }
        if replaced.contains(key) { return strip(over) }
        switch (base, over) {
        case (.mapping(let b), .mapping(let o)):
            var out = b
            for (k, v) in o.entries { out[k] = merge(b[k], v, key: k) }
            return .mapping(out)
        case (.sequence(let b), .sequence(let o)):
            if key == "volumes" || key == "devices" { return .sequence(mergeByTarget(b, o)) }
            let added = o.map(strip)
            if uniqueLists.contains(key) { return .sequence(b + added.filter { !b.contains($0) }) }
            return .sequence(b + added)
        default:
            return strip(over)
        }
    }

    /// A tree with merge tags removed (`!reset` where nothing was to reset).
    static func strip(_ node: ComposeNode) -> ComposeNode {
        switch node {
        case .override(let inner): return strip(inner)
        case .reset: return .null
        case .sequence(let items): return .sequence(items.filter { $0 != .reset }.map(strip))
        case .mapping(let m):
            var out = ComposeMap()
            for (k, v) in m.entries where v != .reset { out[k] = strip(v) }
            return .mapping(out)
        default: return node
        }
    }

    private static func mergeByTarget(_ base: [ComposeNode], _ over: [ComposeNode]) -> [ComposeNode] {
        var out = base
        for item in over.map(strip) {
            let target = mountTarget(item)
            if let target, let i = out.firstIndex(where: { mountTarget($0) == target }) { out[i] = item } else { out.append(item) }
        }
        return out
    }

    private static func mountTarget(_ node: ComposeNode) -> String? {
        if let text = node.scalarText {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            return parts.count >= 2 ? String(parts[1]) : String(parts[0])
        }
        return node.mapping?["target"]?.scalarText
    }
}
