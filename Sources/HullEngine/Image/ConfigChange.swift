#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Dockerfile instructions that `import --change` and `commit --change`
/// apply to an image's config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL,
/// EXPOSE, VOLUME, STOPSIGNAL.
public enum ConfigChange {
    public static func apply(_ change: String, to config: inout ImageConfig.ContainerDefaults) throws(HullError) {
        let trimmed = change.trimmed
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        guard let keyword = parts.first?.uppercased(), parts.count == 2 else {
            throw HullError(.failure, "invalid change \"\(change)\": expected INSTRUCTION ARGUMENTS")
        }
        let value = parts[1].trimmed
        switch keyword {
        case "CMD": config.Cmd = commandForm(value)
        case "ENTRYPOINT": config.Entrypoint = commandForm(value)
        case "ENV":
            let pairs = keyValues(value)
            config.Env = ContainerEnvironment.merge(config.Env ?? [], pairs.map { "\($0.0)=\($0.1)" })
        case "LABEL":
            var labels = config.Labels ?? [:]
            for (k, v) in keyValues(value) { labels[k] = v }
            config.Labels = labels
        case "WORKDIR": config.WorkingDir = value
        case "USER": config.User = value
        case "STOPSIGNAL": config.StopSignal = value
        case "EXPOSE":
            var ports = config.ExposedPorts ?? [:]
            for p in value.split(separator: " ") { ports[p.contains("/") ? String(p) : "\(p)/tcp"] = EmptyObject() }
            config.ExposedPorts = ports
        case "VOLUME":
            var volumes = config.Volumes ?? [:]
            for v in commandForm(value, shell: false) { volumes[v] = EmptyObject() }
            config.Volumes = volumes
        default:
            throw HullError(.failure, "invalid change \"\(change)\": \(keyword) is not supported")
        }
    }

    /// `["a","b"]` is taken as is; anything else is run by /bin/sh -c.
    static func commandForm(_ value: String, shell: Bool = true) -> [String] {
        if value.hasPrefix("["), let list = try? JSONDecoder().decode([String].self, from: Data(value.utf8)) {
            return list
        }
        return shell ? ["/bin/sh", "-c", value] : value.split(separator: " ").map(String.init)
    }

    /// `K=V K2="v 2"` or the legacy `K V` form.
    static func keyValues(_ value: String) -> [(String, String)] {
        if !value.contains("=") {
            let p = value.split(separator: " ", maxSplits: 1).map(String.init)
            return p.count == 2 ? [(p[0], p[1])] : []
        }
        var out: [(String, String)] = []
        for word in shellWords(value) {
            let kv = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            out.append((kv[0], kv.count > 1 ? kv[1] : ""))
        }
        return out
    }

    static func shellWords(_ s: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for c in s {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c; inWord = true
            } else if c == " " {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(c); inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
