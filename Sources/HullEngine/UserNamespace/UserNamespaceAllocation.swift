import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Stores a new container with the user namespace it asked for. Ranges
/// for `--userns=auto` come from the subordinate ids of the user named
/// "containers" (as in Podman) and are chosen and recorded under one lock,
/// so two containers never share ids; removing a container frees them.
struct UserNamespaceAllocation {
    let layout: StoreLayout
    let environment: [String: String]

    /// The user whose /etc/subuid and /etc/subgid ranges hull hands out.
    static let rangeOwner = "containers"

    var subuidFile: String { environment["HULL_SUBUID_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? SubordinateIDs.uidFile }
    var subgidFile: String { environment["HULL_SUBGID_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? SubordinateIDs.gidFile }
    var lockPath: String { layout.root + "/userns.lock" }

    /// Creates the container in the store; returns its config as stored.
    func create(_ config: ContainerConfig, request: UserNamespaceOptions.Request, image: Image) throws(HullError) -> ContainerConfig {
        var config = config
        let store = ContainerStore(layout: layout)
        switch request {
        case .host where geteuid() != 0:
            // Rootless: the caller's own user namespace, its subordinate ids.
            let userns = try RootlessUserNamespace.forCurrentUser(environment: environment)
            if let warning = userns.warning { Warning.emit(warning) }
            config.idMappings = ContainerIDMappings(mode: ContainerIDMappings.rootless, uidMap: userns.uidMap, gidMap: userns.gidMap)
            try store.create(config)
            return config
        case .host:
            try store.create(config)
            return config
        case .keepID(let uid, let gid):
            let userns = try RootlessUserNamespace.forCurrentUser(environment: environment)
            if let warning = userns.warning { Warning.emit(warning) }
            let uid = uid ?? geteuid(), gid = gid ?? getegid()
            config.idMappings = KeepIDContainer.mappings(uid: uid, gid: gid, userns: userns)
            // Podman: the process runs as the user unless -u (or the image) names one.
            if config.user.isEmpty { config.user = "\(uid):\(gid)" }
            try store.create(config)
            do {
                try KeepIDContainer(layout: layout, environment: environment).prepare(config, image: image)
            } catch {
                _ = try? ContainerRemover(layout: layout).remove(Container(config: config, state: .created), force: true)
                throw error
            }
            return config
        case .explicit(let uid, let gid):
            config.idMappings = ContainerIDMappings(mode: "private", uidMap: uid, gidMap: gid)
            try store.create(config)
        case .auto(let requested):
            let lock: FileLock
            do {
                lock = try FileLock(path: lockPath)
            } catch {
                throw HullError(.failure, "locking the user namespace ranges: \(error)", cause: error)
            }
            defer { lock.unlock() }
            let size = try self.size(requested, image: image)
            let taken = store.list().compactMap(\.config.idMappings)
            let uidStart = try allocate(size, file: subuidFile, used: taken.flatMap(\.uidMap))
            let gidStart = try allocate(size, file: subgidFile, used: taken.flatMap(\.gidMap))
            config.idMappings = ContainerIDMappings(
                mode: "auto", uidMap: [IDMapping(containerID: 0, hostID: uidStart, size: size)],
                gidMap: [IDMapping(containerID: 0, hostID: gidStart, size: size)])
            // Stored while the lock is held: the next allocation sees it.
            try store.create(config)
        }
        try giveRoot(config)
        return config
    }

    func size(_ requested: UInt32?, image: Image) throws(HullError) -> UInt32 {
        if let requested {
            guard requested <= IDRangeAllocator.maximumSize else {
                throw HullError(.failure, "the user namespace size \(requested) is bigger than the maximum allowed with --userns=auto, \(IDRangeAllocator.maximumSize)")
            }
            return requested
        }
        let layers = LayerStore(layout: layout)
        let files = LayeredFiles(directories: image.record.layers.reversed().map { layers.diffDirectory($0) })
        let text = { (path: String) in files.read(path).map { String(decoding: $0, as: UTF8.self) } }
        return IDRangeAllocator.estimateSize(passwd: text("/etc/passwd"), group: text("/etc/group"))
    }

    func allocate(_ size: UInt32, file: String, used: [IDMapping]) throws(HullError) -> UInt32 {
        let ranges: [SubordinateRange]
        do {
            ranges = try SubordinateIDs.ranges(file: file, user: Self.rangeOwner)
        } catch {
            throw HullError(.failure, "reading \(file): \(error)", cause: error)
        }
        guard !ranges.isEmpty else {
            throw HullError(.failure, "cannot find mappings for user \"\(Self.rangeOwner)\": no ranges in \(file) (add a line such as \"\(Self.rangeOwner):2147483647:2147483648\")")
        }
        guard let start = IDRangeAllocator(available: ranges, used: used).allocate(size: size) else {
            throw HullError(.failure, "no free range of \(size) ids for --userns=auto in \(file): other containers use the ranges of user \"\(Self.rangeOwner)\"")
        }
        return start
    }

    /// The upper directory is the root directory the container sees: owned
    /// by its root, or "/" would belong to nobody and be read-only to it.
    func giveRoot(_ config: ContainerConfig) throws(HullError) {
        guard let ids = config.idMappings, let uid = ids.rootUID else { return }
        let upper = ContainerStore(layout: layout).upperDir(config.id)
        if chown(upper, uid, ids.rootGID ?? 0) != 0 {
            let e = LinuxError("chown", path: upper)
            _ = try? ContainerRemover(layout: layout).remove(Container(config: config, state: .created), force: true)
            throw HullError(.failure, "creating container: \(e)")
        }
    }
}
