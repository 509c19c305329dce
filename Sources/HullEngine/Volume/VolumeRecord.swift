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

    /// One `--opt KEY[=VALUE]` of the local driver: o=uid=N,gid=N sets the
    /// owner of the volume's root, [no]copy whether copy-up happens. It keeps
    /// data in a directory; mounting devices (type=, device=) is refused.
    public mutating func apply(option: String) throws(HullError) {
        let kv = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let value = kv.count > 1 ? kv[1] : ""
        switch kv[0] {
        case "o":
            for word in value.split(separator: ",") {
                let p = word.split(separator: "=", maxSplits: 1).map(String.init)
                switch (p[0], p.count == 2 ? UInt32(p[1]) : nil) {
                case ("uid", let n?): uid = n
                case ("gid", let n?): gid = n
                default:
                    throw HullError(.failure, "invalid volume option o=\(value): the local driver takes uid=N and gid=N (hull mounts no devices for volumes)")
                }
            }
        case "nocopy": needsCopyUp = false
        case "copy": needsCopyUp = true
        default:
            throw HullError(.failure, "invalid volume option \"\(option)\": supported are o=uid=N,gid=N, copy and nocopy")
        }
        options[kv[0]] = value
    }
}
