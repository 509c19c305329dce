#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What hull knows about a stored image: `images/<id>/image.json`.
/// The id is the SHA-256 of the config bytes stored beside it.
public struct ImageRecord: Codable, Equatable, Sendable {
    public var id: String
    /// Fully qualified names, e.g. `localhost/mybox:1`.
    public var names: [String]
    /// Digest of the manifest this image came with, if any.
    public var digest: String?
    /// `registry/repository@digest` for each place it was pulled from or
    /// pushed to (Podman's RepoDigests).
    public var repoDigests: [String]?
    /// Every name the image has had, first given first (Podman's
    /// NamesHistory, `images --format {{.History}}`); nil in older records.
    public var namesHistory: [String]?
    public var created: Date
    /// Layer diff ids (`sha256:...`), lowest first.
    public var layers: [String]
    /// Unpacked size of all layers, in bytes.
    public var size: Int64

    /// RepoDigests as Podman reports them: where it was pulled from or
    /// pushed to, else each name with the manifest digest.
    public var reportedRepoDigests: [String] {
        if let repoDigests, !repoDigests.isEmpty { return repoDigests }
        guard let digest else { return [] }
        return names.map { ImageNames.split($0).repository + "@" + digest }
    }

    /// Adds the current names to namesHistory; called on every write.
    mutating func rememberNames() {
        var history = namesHistory ?? []
        for name in names where !history.contains(name) { history.append(name) }
        namesHistory = history
    }

    /// The names history as Podman reports it.
    public var reportedHistory: [String] {
        var history = namesHistory ?? []
        for name in names where !history.contains(name) { history.append(name) }
        return history
    }

    public init(id: String, names: [String], digest: String?, created: Date, layers: [String], size: Int64) {
        self.id = id
        self.names = names
        self.digest = digest
        self.created = created
        self.layers = layers
        self.size = size
    }
}

/// An image ready for use: its record and its parsed configuration.
public struct Image: Sendable {
    public let record: ImageRecord
    public let config: ImageConfig

    public var id: String { record.id }
    public var defaults: ImageConfig.ContainerDefaults { config.config ?? .init() }
}
