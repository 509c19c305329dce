import HullLinux
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The user namespace an unprivileged user's hull runs in: the user is
/// root inside, and its subordinate ids (/etc/subuid, /etc/subgid) are the
/// other ids, mapped by the setuid newuidmap/newgidmap. Without ranges only
/// the user's own ids are mapped, with a warning, as Podman does.
public struct RootlessUserNamespace: Sendable {
    public let user: String
    public let uidMap: [IDMapping]
    public let gidMap: [IDMapping]
    /// Said once when the namespace is made, e.g. that only one id is mapped.
    public let warning: String?

    /// Found once per process and set of files: a rootless run asks
    /// before its store work (its early child's maps) and again at create,
    /// and both must get the same maps.
    private static let found = Mutex<[String: RootlessUserNamespace]>([:])

    public static func forCurrentUser(environment: [String: String]) throws(HullError) -> RootlessUserNamespace {
        let uidFile = environment["HULL_SUBUID_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? SubordinateIDs.uidFile
        let gidFile = environment["HULL_SUBGID_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? SubordinateIDs.gidFile
        let key = uidFile + "\n" + gidFile
        if let known = found.withLock({ $0[key] }) { return known }
        let userns = try find(uidFile: uidFile, gidFile: gidFile)
        found.withLock { $0[key] = userns }
        return userns
    }

    private static func find(uidFile: String, gidFile: String) throws(HullError) -> RootlessUserNamespace {
        let uid = geteuid(), gid = getegid()
        let user = getpwuid(uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "\(uid)"
        let subuid: [SubordinateRange], subgid: [SubordinateRange]
        do {
            subuid = try SubordinateIDs.ranges(file: uidFile, user: user, uid: uid)
            subgid = try SubordinateIDs.ranges(file: gidFile, user: user, uid: uid)
        } catch {
            throw HullError(.failure, "reading the subordinate ids of \(user): \(error)", cause: error)
        }
        return try make(user: user, uid: uid, gid: gid, subuid: subuid, subgid: subgid, uidFile: uidFile, gidFile: gidFile,
                        helpersPresent: IDMapWriter.helperPath("newuidmap") != nil && IDMapWriter.helperPath("newgidmap") != nil)
    }

    /// The decision, apart from the files and the helpers (unit-tested).
    static func make(user: String, uid: UInt32, gid: UInt32, subuid: [SubordinateRange], subgid: [SubordinateRange],
                     uidFile: String, gidFile: String, helpersPresent: Bool) throws(HullError) -> RootlessUserNamespace {
        if subuid.isEmpty && subgid.isEmpty {
            return RootlessUserNamespace(
                user: user, uidMap: RootlessIDMaps.maps(ownID: uid, subordinate: []),
                gidMap: RootlessIDMaps.maps(ownID: gid, subordinate: []),
                warning: "no subordinate ids for user \(user) in \(uidFile) and \(gidFile): only your own uid and gid are mapped (add ranges with usermod --add-subuids 100000-165535 --add-subgids 100000-165535 \(user))")
        }
        if subuid.isEmpty || subgid.isEmpty {
            let missing = subuid.isEmpty ? uidFile : gidFile
            throw HullError(.failure, "user \(user) has subordinate ids in \(subuid.isEmpty ? gidFile : uidFile) but none in \(missing): add a line such as \"\(user):100000:65536\" to \(missing)")
        }
        guard helpersPresent else {
            throw HullError(.failure, "newuidmap and newgidmap are needed to map the subordinate ids of \(user): install the uidmap package (apt-get install uidmap)")
        }
        return RootlessUserNamespace(user: user, uidMap: RootlessIDMaps.maps(ownID: uid, subordinate: subuid),
                                     gidMap: RootlessIDMaps.maps(ownID: gid, subordinate: subgid), warning: nil)
    }
}
