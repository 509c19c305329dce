/// One mount a container was asked for (`-v`, `--mount`, `--tmpfs`, or an
/// image VOLUME), as stored in its config. Decisions about flags are made
/// when the process spec is built (`MountSteps`).
public struct MountSpec: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable { case bind, volume, tmpfs }

    public var type: Kind
    /// Host path (bind), volume name (volume; empty until an anonymous one
    /// is made), unused for tmpfs.
    public var source: String
    public var destination: String
    public var readOnly: Bool
    /// private, rprivate, shared, rshared, slave, rslave, unbindable, runbindable.
    public var propagation: String?
    /// A bind of only the source, without the mounts beneath it.
    public var nonRecursive: Bool?
    /// Volumes: do not copy the image's content into a new volume.
    public var noCopy: Bool?
    /// Made for this container alone (image VOLUME, `-v /path`): removed with
    /// it by `rm -v` and `--rm`.
    public var anonymous: Bool?
    /// exec/noexec, suid/nosuid, dev/nodev as given (nil: the type's default).
    public var exec: Bool?
    public var suid: Bool?
    public var dev: Bool?
    /// tmpfs: size=..., mode=..., and other data options.
    public var tmpfsOptions: [String]?
    /// --mount volume-opt=... and volume-label=...: for a volume this mount
    /// creates (an existing volume keeps its own).
    public var volumeOptions: [String]?
    public var volumeLabels: [String]?

    public init(type: Kind, source: String = "", destination: String, readOnly: Bool = false) {
        self.type = type
        self.source = source
        self.destination = destination
        self.readOnly = readOnly
    }

    /// The words Podman shows as a mount's options in inspect.
    public var optionWords: [String] {
        var words: [String] = []
        if type == .volume || suid == false { words.append("nosuid") }
        if type == .volume || dev == false { words.append("nodev") }
        if exec == false { words.append("noexec") }
        if type != .tmpfs { words.append(nonRecursive == true ? "bind" : "rbind") }
        return words
    }
}
