import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A rootless container made with `--userns=keep-id`: the user keeps its
/// ids inside, its files (bind mounts) show as its own, and the image's
/// files keep their owners. Its layers are copies made for its maps (see
/// idcopy.c on why not idmapped mounts), shared by every container with the
/// same maps; its root directory belongs to its root; the user gets
/// entries in /etc/passwd and /etc/group if the image lacks them (Podman).
struct KeepIDContainer {
    let layout: StoreLayout
    let environment: [String: String]

    /// The container's maps: keep-id's, composed with the user's namespace.
    static func mappings(uid: UInt32, gid: UInt32, userns: RootlessUserNamespace) -> ContainerIDMappings {
        let innerUID = KeepIDMapping.intermediate(id: uid, available: KeepIDMapping.available(in: userns.uidMap))
        let innerGID = KeepIDMapping.intermediate(id: gid, available: KeepIDMapping.available(in: userns.gidMap))
        return ContainerIDMappings(mode: ContainerIDMappings.keepID,
                                   uidMap: KeepIDMapping.compose(innerUID, userns.uidMap),
                                   gidMap: KeepIDMapping.compose(innerGID, userns.gidMap),
                                   intermediateUIDMap: innerUID, intermediateGIDMap: innerGID)
    }

    /// Where a layer's copy for these maps lives, relative to the layer
    /// store (overlay lower dirs are given relative to it).
    static func relativeLowerDir(_ diffID: String, ids: ContainerIDMappings) -> String {
        let text = (ids.intermediateUIDMap ?? []).procText + "/" + (ids.intermediateGIDMap ?? []).procText
        return Identifier.hexPart(diffID) + "/mapped/" + String(SHA256Hasher.hexDigest(of: Array(text.utf8)).prefix(16))
    }

    /// Copies of the image's layers that are not there yet.
    func missingLayerCopies(_ layers: [String], ids: ContainerIDMappings) -> [NamespaceFileWork.Operation] {
        let store = LayerStore(layout: layout)
        return layers.compactMap { diffID in
            let destination = layout.layersDir + "/" + Self.relativeLowerDir(diffID, ids: ids)
            if FileSystem.exists(destination) { return nil }
            return .copyShifted(source: store.diffDirectory(diffID),
                                staging: layout.tempPath("idcopy", Identifier.random().prefix(12)),
                                destination: destination, uids: ids.intermediateUIDMap ?? [], gids: ids.intermediateGIDMap ?? [])
        }
    }

    /// Before the first start: layer copies, the root's owner, passwd and group.
    func prepare(_ config: ContainerConfig, image: Image) throws(HullError) {
        guard let ids = config.idMappings, let innerUID = ids.intermediateUIDMap, let innerGID = ids.intermediateGIDMap else { return }
        let userns = try RootlessUserNamespace.forCurrentUser(environment: environment)
        var work = missingLayerCopies(image.record.layers, ids: ids)
        let upper = ContainerStore(layout: layout).upperDir(config.id)
        if let rootUID = innerUID.hostID(of: 0), let rootGID = innerGID.hostID(of: 0) {
            work.append(.chown(path: upper, uid: rootUID, gid: rootGID))
        }
        let files = LayeredFiles(directories: image.record.layers.reversed().map { LayerStore(layout: layout).diffDirectory($0) })
        // A file's owner in the store (host ids) as the container will see it.
        let owner = { (st: stat) -> (UInt32, UInt32)? in
            guard let u = userns.uidMap.containerID(of: st.st_uid).flatMap({ innerUID.hostID(of: $0) }),
                  let g = userns.gidMap.containerID(of: st.st_gid).flatMap({ innerGID.hostID(of: $0) }) else { return nil }
            return (u, g)
        }
        let entries = UserEntries.forCurrentUser(config: config, files: files)
        var madeEtc = false
        for (path, addition) in [("/etc/passwd", entries.passwd), ("/etc/group", entries.group)] {
            guard let addition, let original = files.read(path), let st = files.entry(path), let (u, g) = owner(st) else { continue }
            if !madeEtc, let etc = files.entry("/etc"), let (du, dg) = owner(etc) {
                work.append(.makeDirectory(path: upper + "/etc", uid: du, gid: dg, mode: UInt32(etc.st_mode & 0o7777)))
                madeEtc = true
            }
            guard madeEtc else { continue }
            var contents = original
            if let last = contents.last, last != UInt8(ascii: "\n") { contents.append(UInt8(ascii: "\n")) }
            contents += Array(addition.utf8)
            work.append(.writeFile(path: upper + path, contents: contents, uid: u, gid: g, mode: UInt32(st.st_mode & 0o7777)))
        }
        try NamespaceFileWork(work).run(layout: layout, environment: environment)
    }

    /// At start: layer copies removed meanwhile (an image removed and
    /// pulled again) are made again.
    func ensureLayerCopies(_ config: ContainerConfig, image: Image) throws(HullError) {
        guard let ids = config.idMappings, ids.mode == ContainerIDMappings.keepID else { return }
        try NamespaceFileWork(missingLayerCopies(image.record.layers, ids: ids)).run(layout: layout, environment: environment)
    }
}

/// The passwd and group lines Podman adds for the user with keep-id, when
/// the image has none for its name or id.
struct UserEntries {
    var passwd: String?
    var group: String?

    static func forCurrentUser(config: ContainerConfig, files: LayeredFiles) -> UserEntries {
        guard let pw = getpwuid(geteuid())?.pointee else { return UserEntries() }
        let name = String(cString: pw.pw_name)
        let gecos = pw.pw_gecos.map { String(cString: $0) } ?? ""
        let home = String(cString: pw.pw_dir)
        let ids = UserResolver(files: files)
        let (uidText, gidText) = Self.split(config.user)
        let uid = uidText.flatMap { UInt32($0) } ?? geteuid()
        let gid = gidText.flatMap { UInt32($0) } ?? getegid()
        var entries = UserEntries()
        if !ids.hasUser(name: name, uid: uid) {
            // Home: the user's own if it (or a directory above it) is
            // mounted in, otherwise the working directory.
            let mounted = (config.mounts ?? []).map(\.destination)
            var dir = home, homeDir = config.workingDir
            while dir != "/" && !dir.isEmpty {
                if mounted.contains(dir) { homeDir = home; break }
                dir = AtomicFile.directory(of: dir)
            }
            entries.passwd = "\(name):*:\(uid):\(gid):\(gecos.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""):\(homeDir):/bin/sh\n"
        }
        if let gr = getgrgid(getegid())?.pointee {
            let groupName = String(cString: gr.gr_name)
            if !ids.hasGroup(name: groupName, gid: gid) {
                entries.group = "\(groupName):x:\(gid):\(name)\n"
            }
        }
        return entries
    }

    static func split(_ user: String) -> (String?, String?) {
        let parts = user.split(separator: ":", maxSplits: 1).map(String.init)
        return (parts.first, parts.count > 1 ? parts[1] : nil)
    }
}
