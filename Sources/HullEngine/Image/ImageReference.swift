/// An image name by the distribution grammar:
/// `[registry[:port]/][namespace/]repository[:tag][@digest]`, normalized the
/// way Podman does (docker.io, `library/` for one-word Hub names, `latest`).
public struct ImageReference: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let registry: String
    public let repository: String
    public let tag: String?
    public let digest: String?

    public static let defaultRegistry = "docker.io"

    /// `registry/repository`
    public var name: String { registry + "/" + repository }

    /// Fully qualified, e.g. `docker.io/library/alpine:latest`.
    public var description: String {
        var s = name
        if let tag { s += ":" + tag }
        if let digest { s += "@" + digest }
        return s
    }

    public init(registry: String, repository: String, tag: String?, digest: String?) {
        self.registry = registry
        self.repository = repository
        self.tag = tag
        self.digest = digest
    }

    /// Parses and normalizes. `defaultRegistry` is where a name without a
    /// registry lives: docker.io for pulls, `localhost` for names given to
    /// local images (import, tag, commit), as Podman does.
    public static func parse(_ text: String, defaultRegistry: String = ImageReference.defaultRegistry) throws(HullError) -> ImageReference {
        func bad(_ why: String) -> HullError {
            HullError(.failure, "invalid reference format \"\(text)\": \(why)")
        }
        guard !text.isEmpty else { throw bad("empty name") }
        var rest = Substring(text)
        var digest: String?
        if let at = rest.firstIndex(of: "@") {
            let d = String(rest[rest.index(after: at)...])
            guard isValidDigest(d) else { throw bad("invalid digest") }
            digest = d
            rest = rest[..<at]
        }
        var tag: String?
        // A ':' after the last '/' starts the tag; one before it is a port.
        if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
            let t = String(rest[rest.index(after: colon)...])
            guard isValidTag(t) else { throw bad("invalid tag") }
            tag = t
            rest = rest[..<colon]
        }
        var components = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, components.allSatisfy({ !$0.isEmpty }) else { throw bad("empty path component") }
        var registry = defaultRegistry
        if components.count > 1, let first = components.first,
           first.contains(".") || first.contains(":") || first == "localhost" {
            guard isValidDomain(first) else { throw bad("invalid registry") }
            registry = first
            components.removeFirst()
        }
        for c in components {
            if c.lowercased() != c { throw bad("repository name must be lowercase") }
            guard isValidPathComponent(c) else { throw bad("invalid repository name") }
        }
        if registry == "docker.io" && components.count == 1 { components.insert("library", at: 0) }
        let repository = components.joined(separator: "/")
        guard repository.utf8.count + registry.utf8.count < 256 else { throw bad("name too long") }
        if tag == nil && digest == nil { tag = "latest" }
        return ImageReference(registry: registry, repository: repository, tag: tag, digest: digest)
    }

    /// True when the text names a registry explicitly.
    public static func hasRegistry(_ text: String) -> Bool {
        let name = text.split(separator: "@").first.map(String.init) ?? text
        let parts = name.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let first = parts.first else { return false }
        return first.contains(".") || first.contains(":") || first == "localhost"
    }

    // [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*
    static func isValidPathComponent(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func alnum(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 48 && c <= 57) }
        guard let first = b.first, let last = b.last, alnum(first), alnum(last) else { return false }
        var i = 0
        while i < b.count {
            if alnum(b[i]) { i += 1; continue }
            var j = i
            while j < b.count && !alnum(b[j]) { j += 1 }
            let sep = String(decoding: b[i..<j], as: UTF8.self)
            let ok = sep == "." || sep == "_" || sep == "__" || sep.allSatisfy { $0 == "-" }
            if !ok { return false }
            i = j
        }
        return true
    }

    // [\w][\w.-]{0,127}
    static func isValidTag(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func word(_ c: UInt8) -> Bool {
            (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 95
        }
        guard let first = b.first, word(first), b.count <= 128 else { return false }
        return b.allSatisfy { word($0) || $0 == 46 || $0 == 45 }
    }

    static func isValidDomain(_ s: String) -> Bool {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let host = parts.first, !host.isEmpty else { return false }
        if parts.count == 2 {
            guard let port = parts.last, !port.isEmpty, port.allSatisfy(\.isNumber) else { return false }
        }
        return host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    public static func isValidDigest(_ s: String) -> Bool {
        let parts = s.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return false }
        let algorithm = parts[0], hex = String(parts[1])
        if algorithm == "sha256" { return Identifier.isFullID(hex) }
        return !algorithm.isEmpty && hex.utf8.count >= 32 && hex.utf8.allSatisfy(Identifier.isHex)
    }
}
