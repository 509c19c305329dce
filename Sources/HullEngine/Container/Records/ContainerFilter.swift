#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `ps --filter KEY=VALUE`: filters with the same key are ORed, different
/// keys ANDed, as in Podman.
public struct ContainerFilter {
    var byKey: [String: [String]] = [:]

    public static let keys: Set<String> = ["id", "name", "status", "label", "ancestor", "exited", "before", "since", "restart-policy"]

    /// Creation times of the containers `before=`/`since=` name, resolved
    /// against the store once, before matching.
    var reference: [String: Date] = [:]

    /// Looks up the containers named by before/since filters.
    public mutating func resolve(in store: ContainerStore) throws(HullError) {
        for key in ["before", "since"] {
            for name in byKey[key] ?? [] {
                reference[name] = try store.require(name).config.created
            }
        }
    }

    public static func parse(_ items: [String]) throws(HullError) -> ContainerFilter {
        var f = ContainerFilter()
        for item in items {
            let kv = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, keys.contains(kv[0]) else {
                throw HullError(.failure, "invalid filter \"\(item)\": supported keys are \(keys.sorted().joined(separator: ", "))")
            }
            if kv[0] == "status", !["created", "running", "paused", "exited", "stopped", "stopping", "removing", "unknown", "configured"].contains(kv[1]) {
                throw HullError(.failure, "unknown container state: \(kv[1]): invalid argument")
            }
            if kv[0] == "restart-policy", !["no", "always", "on-failure", "unless-stopped"].contains(kv[1]) {
                throw HullError(.failure, "\(kv[1]) invalid restart policy")
            }
            if kv[0] == "exited", Int32(kv[1]) == nil {
                throw HullError(.failure, "invalid exit code \"\(kv[1])\"")
            }
            f.byKey[kv[0], default: []].append(kv[1])
        }
        return f
    }

    /// A status or exited filter looks at stopped containers too.
    public var impliesAll: Bool { byKey["status"] != nil || byKey["exited"] != nil }

    public func matches(_ c: Container) -> Bool {
        byKey.allSatisfy { key, values in values.contains { match(key, $0, c) } }
    }

    private func match(_ key: String, _ value: String, _ c: Container) -> Bool {
        switch key {
        case "id": return c.id.hasPrefix(value)
        case "name": return NameRegex.matches(pattern: value, c.name)
        case "status":
            let s = c.state.status.rawValue
            return s == value || (value == "stopped" && s == "exited") || (value == "configured" && s == "created")
        case "label":
            let kv = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard let v = c.config.labels[kv[0]] else { return false }
            return kv.count == 1 || v == kv[1]
        case "ancestor":
            return c.config.imageID.hasPrefix(value) || c.config.imageName == value
                || ImageStore.candidateNames(value).contains(c.config.imageName)
        case "before":
            return reference[value].map { c.config.created < $0 } ?? false
        case "since":
            return reference[value].map { c.config.created > $0 } ?? false
        case "exited":
            return c.state.status == .exited && Int32(value) == c.state.exitCode
        case "restart-policy":
            let policy = c.config.restartPolicy ?? "no"
            return (policy.split(separator: ":").first.map(String.init) ?? "no") == value
        default: return false
        }
    }
}

/// The regular expressions name filters use, through POSIX regcomp.
public enum NameRegex {
    public static func matches(pattern: String, _ text: String) -> Bool {
        var re = regex_t()
        guard regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB) == 0 else { return text.contains(pattern) }
        defer { regfree(&re) }
        return regexec(&re, text, 0, nil, 0) == 0
    }
}
