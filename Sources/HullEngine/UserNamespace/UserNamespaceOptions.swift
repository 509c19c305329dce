import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `--userns`, `--uidmap`, `--gidmap` as given, before anything is allocated.
public struct UserNamespaceOptions: Sendable, Equatable {
    public var mode: String?
    public var uidMap: [String] = []
    public var gidMap: [String] = []

    public init(mode: String? = nil, uidMap: [String] = [], gidMap: [String] = []) {
        self.mode = mode
        self.uidMap = uidMap
        self.gidMap = gidMap
    }

    /// What a container's user namespace is to be, resolved from the flags.
    public enum Request: Equatable, Sendable {
        /// No user namespace: the host's ids (Podman's default for root).
        case host
        /// `--userns=auto[:size=N]`: a free range of the "containers" user's
        /// subordinate ids; nil size means estimate it from the image.
        case auto(size: UInt32?)
        /// `--uidmap`/`--gidmap`: exactly these maps.
        case explicit(uid: [IDMapping], gid: [IDMapping])
        /// `--userns=keep-id[:uid=N,gid=N]` (rootless): the user keeps its
        /// ids inside (or becomes N); nil means the user's own.
        case keepID(uid: UInt32?, gid: UInt32?)
    }

    /// Checks the flags. Podman's rules: `--gidmap` defaults to `--uidmap`
    /// (and the other way round); `--userns` and the maps exclude each
    /// other; keep-id and nomap exist only for rootless users.
    public func request(rootless: Bool = geteuid() != 0) throws(HullError) -> Request {
        let uid = try Self.parseMaps(uidMap, flag: "--uidmap")
        let gid = try Self.parseMaps(gidMap, flag: "--gidmap")
        let mode = self.mode ?? ""
        let hasMaps = !uid.isEmpty || !gid.isEmpty
        if hasMaps && !["", "host", "private"].contains(mode) {
            throw HullError(.failure, "--userns=\(mode) and --uidmap/--gidmap cannot be used together")
        }
        if hasMaps {
            if rootless { throw Self.rootlessUnsupported("--uidmap/--gidmap") }
            let u = uid.isEmpty ? gid : uid
            let g = gid.isEmpty ? uid : gid
            for (name, map) in [("--uidmap", u), ("--gidmap", g)] {
                if let problem = map.problem { throw HullError(.failure, "invalid \(name): \(problem)") }
            }
            return .explicit(uid: u, gid: g)
        }
        let (name, args) = Self.split(mode)
        switch name {
        case "", "host":
            guard args == nil else { throw HullError(.failure, "invalid --userns \"\(mode)\": host takes no options") }
            return .host
        case "auto":
            if rootless { throw Self.rootlessUnsupported("--userns=auto") }
            var size: UInt32?
            for option in (args ?? "").split(separator: ",") {
                let kv = option.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2, kv[0] == "size", let n = UInt32(kv[1]), n > 0 else {
                    throw HullError(.failure, "invalid --userns \"\(mode)\": auto takes size=N (a positive number of ids)")
                }
                size = n
            }
            return .auto(size: size)
        case "keep-id":
            // Podman's words.
            guard rootless else { throw HullError(.failure, "keep-id is only supported in rootless mode") }
            var uid: UInt32?, gid: UInt32?
            for option in (args ?? "").split(separator: ",") {
                let kv = option.split(separator: "=", maxSplits: 1).map(String.init)
                // 4294967295 is (uid_t)-1, which no map may name.
                guard kv.count == 2, ["uid", "gid"].contains(kv[0]), let n = UInt32(kv[1]), n < UInt32.max else {
                    throw HullError(.failure, "invalid --userns \"\(mode)\": keep-id takes uid=N and gid=N (ids from 0 to 4294967294)")
                }
                if kv[0] == "uid" { uid = n } else { gid = n }
            }
            return .keepID(uid: uid, gid: gid)
        case "nomap":
            guard rootless else { throw HullError(.failure, "nomap is only supported in rootless mode") }
            throw HullError(.failure, "--userns=nomap is not supported by hull: use keep-id, or the default (your own namespace)")
        default:
            throw HullError(.failure, "invalid --userns \"\(mode)\": supported are host, auto[:size=N] and keep-id[:uid=N,gid=N] (rootless)")
        }
    }

    static func split(_ mode: String) -> (String, String?) {
        guard let colon = mode.firstIndex(of: ":") else { return (mode, nil) }
        return (String(mode[..<colon]), String(mode[mode.index(after: colon)...]))
    }

    static func parseMaps(_ texts: [String], flag: String) throws(HullError) -> [IDMapping] {
        var maps: [IDMapping] = []
        for text in texts {
            guard let m = IDMapping.parse(text) else {
                throw HullError(.failure, "invalid \(flag) \"\(text)\": expected CONTAINER_ID:HOST_ID:LENGTH with a length above 0, e.g. 0:100000:65536")
            }
            maps.append(m)
        }
        return maps
    }

    static func rootlessUnsupported(_ what: String) -> HullError {
        HullError(.failure, "\(what) needs root: rootless hull runs in the user namespace of its user")
    }
}

/// A container's user namespace as recorded in its config.
public struct ContainerIDMappings: Codable, Equatable, Sendable {
    /// "auto" (allocated by hull), "private" (--uidmap/--gidmap) or
    /// "rootless" (an unprivileged user's namespace).
    public var mode: String

    public static let rootless = "rootless"
    public static let keepID = "keep-id"
    /// Made by an unprivileged user with newuidmap: the child, not hull,
    /// mounts the root (keep-id included).
    public var isRootless: Bool { mode == Self.rootless || mode == Self.keepID }
    public var uidMap: [IDMapping]
    public var gidMap: [IDMapping]
    /// keep-id: the maps in the ids of the user's own namespace (0 the
    /// user, 1... its subordinate ids), which its layer copies are made for.
    public var intermediateUIDMap: [IDMapping]?
    public var intermediateGIDMap: [IDMapping]?

    public init(mode: String, uidMap: [IDMapping], gidMap: [IDMapping],
                intermediateUIDMap: [IDMapping]? = nil, intermediateGIDMap: [IDMapping]? = nil) {
        self.mode = mode
        self.uidMap = uidMap
        self.gidMap = gidMap
        self.intermediateUIDMap = intermediateUIDMap
        self.intermediateGIDMap = intermediateGIDMap
    }

    /// The maps seen from inside the user's own namespace, where hull's
    /// helper reads a rootless container's files: keep-id's intermediate
    /// maps; nil for a plain rootless container, whose ids are the
    /// namespace's own.
    public var insideUserNamespace: ContainerIDMappings? {
        guard isRootless else { return self }
        guard mode == Self.keepID, let u = intermediateUIDMap, let g = intermediateGIDMap else { return nil }
        return ContainerIDMappings(mode: mode, uidMap: u, gidMap: g)
    }

    /// The host ids the container's root runs as (and owns its files as).
    public var rootUID: UInt32? { uidMap.hostID(of: 0) }
    public var rootGID: UInt32? { gidMap.hostID(of: 0) }
}
