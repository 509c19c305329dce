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
    /// owner of the volume's root, [no]copy whether copy-up happens,
    /// type=none,o=bind,device=/PATH (or type=bind,device=/PATH) makes the
    /// volume a name for a host directory (Docker's idiom), and type=tmpfs
    /// a fresh tmpfs at each mount, o= giving its size/mode/nr_inodes.
    /// Mounting devices (device=/dev/...) is refused: hull has no
    /// per-volume host mounts.
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
                case ("bind", nil), ("rbind", nil): continue
                case _ where p.count == 2 && ["size", "mode", "nr_inodes"].contains(p[0]): continue
                default:
                    throw HullError(.failure, "invalid volume option o=\(value): the local driver takes uid=N, gid=N and bind")
                }
            }
        case "type":
            guard value == "none" || value == "bind" || value == "tmpfs" else {
                throw HullError(.failure, "invalid volume option type=\(value): hull's local driver binds host directories (type=none,o=bind,device=/PATH) and mounts tmpfs (type=tmpfs), no other file systems")
            }
        case "device":
            guard value.hasPrefix("/") || value == "tmpfs" else {
                throw HullError(.failure, "invalid volume option device=\(value): must be an absolute host path")
            }
        case "nocopy": needsCopyUp = false
        case "copy": needsCopyUp = true
        default:
            throw HullError(.failure, "invalid volume option \"\(option)\": supported are type=none, device=/PATH, o=bind,uid=N,gid=N, copy and nocopy")
        }
        options[kv[0]] = value
    }

    /// The host directory a type=none,o=bind volume stands for.
    public var device: String? {
        guard !isTmpfs, options["type"] != nil || options["device"] != nil else { return nil }
        return options["device"]
    }

    /// type=tmpfs: each container using it mounts a fresh tmpfs.
    public var isTmpfs: Bool { options["type"] == "tmpfs" }

    /// The tmpfs mount options o= gave (size, mode, nr_inodes).
    public var tmpfsOptions: [String] {
        (options["o"] ?? "").split(separator: ",").map(String.init)
            .filter { ["size", "mode", "nr_inodes"].contains($0.split(separator: "=").first.map(String.init) ?? "") }
    }

    /// Options that only make sense together: type and device, and o=bind
    /// with type=none (type=bind says it already).
    public func checkOptions() throws(HullError) {
        let hasType = options["type"] != nil, hasDevice = options["device"] != nil
        let binds = (options["o"] ?? "").split(separator: ",").contains { $0 == "bind" || $0 == "rbind" }
        if isTmpfs { return }
        guard hasType == hasDevice, hasType == (binds || options["type"] == "bind") else {
            throw HullError(.failure, "invalid volume options: a host directory volume needs type=none, o=bind and device=/PATH together")
        }
    }
}
