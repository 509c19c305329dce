#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A rootless user stores a layer's files with the owners its tar names,
/// as ids of the user's namespace (uid 1000 in the tar is subordinate id
/// 1000 outside), so a container sees them as the image says. libarchive,
/// running as the user, cannot chown: the files are owned afterwards, from
/// inside the namespace, as Podman does by pulling inside it.
enum RootlessOwnership {
    static func apply(_ owners: [NamespaceFileWork.Owner], beneath root: String, layout: StoreLayout) throws(HullError) {
        guard !owners.isEmpty, geteuid() != 0 else { return }
        let environment = ProcessInfo.processInfo.environment
        let userns = try RootlessUserNamespace.forCurrentUser(environment: environment)
        if RootlessIDMaps.isSingle(userns.uidMap, ownID: geteuid()) {
            // Only the user's own id: every file stays root's, said once.
            Warning.emit("\(owners.count) file(s) of the layer owned by ids other than 0 are kept as root's: \(userns.warning ?? "no subordinate ids")")
            return
        }
        if let bad = owners.first(where: { userns.uidMap.hostID(of: $0.uid) == nil || userns.gidMap.hostID(of: $0.gid) == nil }) {
            throw HullError(.failure, "potentially insufficient UIDs or GIDs available in user namespace (requested \(bad.uid):\(bad.gid) for /\(bad.path)): check /etc/subuid and /etc/subgid: lchown /\(bad.path): invalid argument")
        }
        try NamespaceFileWork([.setOwners(root: root, owners: owners)]).run(layout: layout, environment: environment)
    }
}
