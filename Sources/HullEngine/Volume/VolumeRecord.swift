#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A named volume: `volumes/<name>/volume.json`, its data in `_data/`.
public struct VolumeRecord: Codable, Equatable, Sendable {
    public var name: String
    public var driver: String
    public var createdAt: Date
    public var labels: [String: String]
    public var options: [String: String]
    /// Made for one container (image VOLUME, `-v /path`), not by name.
    public var anonymous: Bool
    /// The first container to mount it copies the image's content at the
    /// mount point into it (Docker's and Podman's copy-up), then this clears.
    public var needsCopyUp: Bool
    /// Owner given with `--opt o=uid=N,gid=N`.
    public var uid: UInt32?
    public var gid: UInt32?

    public init(name: String, labels: [String: String] = [:], options: [String: String] = [:], anonymous: Bool = false) {
        self.name = name
        self.driver = "local"
        self.createdAt = Date()
        self.labels = labels
        self.options = options
        self.anonymous = anonymous
        self.needsCopyUp = true
    }
}
