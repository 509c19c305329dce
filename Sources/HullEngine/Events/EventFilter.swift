/// `events --filter`: values of one key are alternatives, keys all apply
/// (Podman's rule).
public struct EventFilter: Sendable {
    public static let keys = ["container", "event", "image", "label", "network", "type", "volume"]
    var values: [String: [String]] = [:]

    public init(_ filters: [String]) throws(HullError) {
        for filter in filters {
            guard let eq = filter.firstIndex(of: "=") else {
                throw HullError(.failure, "invalid filter \"\(filter)\": filters are KEY=VALUE")
            }
            let key = String(filter[..<eq]).lowercased(), value = String(filter[filter.index(after: eq)...])
            guard Self.keys.contains(key) else {
                throw HullError(.failure, "\(key) is an invalid filter (valid: \(Self.keys.joined(separator: ", ")))")
            }
            if key == "type" && Event.Kind(rawValue: value) == nil {
                throw HullError(.failure, "\(value) is an invalid event type (valid: \(Event.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            values[key, default: []].append(value)
        }
    }

    public var isEmpty: Bool { values.isEmpty }

    public func matches(_ e: Event) -> Bool {
        for (key, wanted) in values where !wanted.contains(where: { Self.match(key, $0, e) }) {
            return false
        }
        return true
    }

    static func match(_ key: String, _ value: String, _ e: Event) -> Bool {
        switch key {
        case "container":
            guard e.type == .container || e.type == .network else { return false }
            return e.name == value || (!value.isEmpty && (e.id ?? "").hasPrefix(value))
        case "event":
            // Docker's name for Podman's died.
            return e.status == value || (value == "die" && e.status == "died")
        case "image":
            switch e.type {
            case .container: return e.image == value || ImageNameMatch.same(e.image, value)
            case .image: return e.name == value || ImageNameMatch.same(e.name, value) || (!value.isEmpty && (e.id ?? "").hasPrefix(value))
            default: return false
            }
        case "label":
            guard let eq = value.firstIndex(of: "=") else { return e.attributes?[value] != nil }
            return e.attributes?[String(value[..<eq])] == String(value[value.index(after: eq)...])
        case "network":
            return e.type == .network && (e.network == value || (!value.isEmpty && (e.id ?? "").hasPrefix(value) && e.network == nil))
        case "type":
            return e.type.rawValue == value
        case "volume":
            return e.type == .volume && e.name == value
        default:
            return false
        }
    }
}

/// An image name as given against its normalised form: `busybox` matches
/// `docker.io/library/busybox:latest` and `localhost/busybox:latest`.
enum ImageNameMatch {
    static func same(_ recorded: String?, _ given: String) -> Bool {
        guard let recorded, !given.isEmpty else { return false }
        if recorded == given { return true }
        let withTag = given.contains(":") && !given.hasSuffix("]") ? given : given + ":latest"
        return recorded == withTag || recorded.hasSuffix("/" + withTag) || recorded.hasSuffix("/" + given)
    }
}
