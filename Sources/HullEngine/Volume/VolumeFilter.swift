#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `volume ls|prune --filter KEY=VALUE`: the same key ORed, different keys
/// ANDed, as in Podman.
public struct VolumeFilter {
    var byKey: [String: [String]] = [:]

    public static let keys: Set<String> = ["name", "label", "driver", "dangling", "opt", "scope", "until", "anonymous"]

    public static func parse(_ items: [String], allowed: Set<String> = keys) throws(HullError) -> VolumeFilter {
        var f = VolumeFilter()
        for item in items {
            let kv = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, allowed.contains(kv[0]) else {
                throw HullError(.failure, "invalid filter \"\(item)\": supported keys are \(allowed.sorted().joined(separator: ", "))")
            }
            if kv[0] == "dangling" || kv[0] == "anonymous", !["true", "false", "1", "0"].contains(kv[1]) {
                throw HullError(.failure, "invalid \(kv[0]) filter value \"\(kv[1])\": must be true or false")
            }
            if kv[0] == "until", until(kv[1]) == nil {
                throw HullError(.failure, "invalid until filter \"\(kv[1])\": expected a timestamp (RFC3339 or unix seconds)")
            }
            f.byKey[kv[0], default: []].append(kv[1])
        }
        return f
    }

    static func until(_ text: String) -> Date? {
        if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        return Timestamp.parse(text)
    }

    /// `inUse`: whether some container mounts the volume.
    public func matches(_ v: VolumeRecord, inUse: Bool) -> Bool {
        byKey.allSatisfy { key, values in values.contains { match(key, $0, v, inUse) } }
    }

    private func match(_ key: String, _ value: String, _ v: VolumeRecord, _ inUse: Bool) -> Bool {
        func truth(_ s: String) -> Bool { s == "true" || s == "1" }
        switch key {
        case "name": return NameRegex.matches(pattern: value, v.name)
        case "label", "opt":
            let map = key == "label" ? v.labels : v.options
            let kv = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard let found = map[kv[0]] else { return false }
            return kv.count == 1 || found == kv[1]
        case "driver": return v.driver == value
        case "scope": return value == "local"
        case "dangling": return truth(value) != inUse
        case "anonymous": return truth(value) == v.anonymous
        case "until": return Self.until(value).map { v.createdAt < $0 } ?? false
        default: return false
        }
    }
}
