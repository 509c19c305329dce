#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `images --filter KEY=VALUE` and `images REF`: filters with the same key
/// are ORed, different keys ANDed, as `ps --filter`.
public struct ImageFilter {
    var byKey: [String: [String]] = [:]

    public static let keys: Set<String> = ["after", "before", "dangling", "id", "label", "reference", "since"]

    /// Creation times of the images `before=`/`since=`/`after=` name,
    /// resolved against the store once, before matching.
    var reference: [String: Date] = [:]

    public init() {}

    public static func parse(_ items: [String]) throws(HullError) -> ImageFilter {
        var f = ImageFilter()
        for item in items {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard kv.count == 2, keys.contains(kv[0]) else {
                throw HullError(.failure, "unsupported image filter \"\(kv[0])\"")
            }
            if kv[0] == "dangling", !["true", "false"].contains(kv[1]) {
                throw HullError(.failure, "invalid dangling filter value \"\(kv[1])\"")
            }
            // Podman treats `after` as another spelling of `since`.
            f.byKey[kv[0] == "after" ? "since" : kv[0], default: []].append(kv[1])
        }
        return f
    }

    /// `images REF`: the images one of whose names matches REF.
    public mutating func addReference(_ text: String) {
        byKey["reference", default: []].append(text)
    }

    /// Looks up the images before/since name, with Podman's message for one
    /// that is not there.
    public mutating func resolve(in store: ImageStore) throws(HullError) {
        for key in ["before", "since"] {
            for name in byKey[key] ?? [] {
                guard let image = try? store.find(name) else {
                    throw HullError(.failure, "could not find local image for filter filter \"\(key)\"=\"\(name)\": \(name): image not known")
                }
                reference[name] = image.created
            }
        }
    }

    /// - labels: the image's config labels (read only when a label filter
    ///   asks for them).
    public func matches(_ image: ImageRecord, labels: () -> [String: String]) -> Bool {
        byKey.allSatisfy { key, values in values.contains { match(key, $0, image, labels) } }
    }

    private func match(_ key: String, _ value: String, _ image: ImageRecord, _ labels: () -> [String: String]) -> Bool {
        switch key {
        case "id": return image.id.hasPrefix(Identifier.hexPart(value))
        case "dangling": return image.names.isEmpty == (value == "true")
        case "label":
            let kv = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard let v = labels()[kv[0]] else { return false }
            return kv.count == 1 || v == kv[1]
        case "before": return reference[value].map { image.created < $0 } ?? false
        case "since": return reference[value].map { image.created > $0 } ?? false
        case "reference": return image.names.contains { Self.referenceMatches(pattern: value, name: $0) }
        default: return false
        }
    }

    /// Podman matches a reference pattern (a shell glob, `*` not crossing
    /// `/`) against a name in full and without its registry, and by its
    /// last path component, each with and without the tag.
    static func referenceMatches(pattern: String, name: String) -> Bool {
        let (repository, tag) = ImageNames.split(name)
        var path = repository
        if let slash = repository.firstIndex(of: "/"), ImageReference.hasRegistry(repository) {
            path = String(repository[repository.index(after: slash)...])
        }
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let candidates = [name, repository, path, base, path + ":" + tag, base + ":" + tag]
        return candidates.contains { fnmatch(pattern, $0, FNM_PATHNAME) == 0 }
    }
}
