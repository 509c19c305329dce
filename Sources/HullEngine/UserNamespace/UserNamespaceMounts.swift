import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Turns a container's process spec into one that runs in its own user
/// namespace: the parent writes the maps and mounts the root (idmapped
/// layers), and the kernel file systems follow the rules for mounting
/// inside a user namespace (crun's, too).
struct UserNamespaceMounts {
    let ids: ContainerIDMappings

    func apply(to spec: inout IsolatedProcessSpec, overlay: inout RootOverlay, ownedFiles: [String],
               searchable: [String], ownsNetwork: Bool) throws(HullError) {
        if ids.isRootless {
            overlay.backend = .userxattr
            applyRootless(to: &spec, ownsNetwork: ownsNetwork)
            // The user is root inside, and so owns them already, except
            // with keep-id, where the user is itself inside; root of the
            // namespace is then a subordinate id only the child can chown to.
            if ids.rootUID != getuid() { spec.rootOwnedFiles = ownedFiles }
            return
        }
        if let rootfs = spec.rootfs { try Self.makeReachable(rootfs, hullOwned: searchable) }
        spec.cloneFlags |= Namespace.user
        // The overlay comes from the parent, mounted over idmapped layers.
        overlay.backend = .idmapped
        spec.userNamespace = UserNamespaceSetup(uidMap: ids.uidMap, gidMap: ids.gidMap, overlay: overlay.idmapped)
        var steps: [MountStep] = []
        for step in spec.steps {
            switch (step.kind, step.fstype) {
            case (.mount, "devpts"):
                // gid= must name a group the namespace maps.
                var s = step
                if ids.gidMap.hostID(of: 5) == nil {
                    s.data = s.data?.split(separator: ",").filter { $0 != "gid=5" }.joined(separator: ",")
                }
                steps.append(s)
            case (.mount, "sysfs") where !ownsNetwork:
                // sysfs may only be mounted by the owner of the network
                // namespace; sharing the host's, bind the host's /sys.
                steps.append(MountStep(source: "/sys", target: "/sys", flags: UInt(MS_BIND | MS_REC)))
                if step.flags & UInt(MS_RDONLY) != 0 {
                    steps.append(MountStep(target: "/sys", flags: UInt(MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)))
                }
            case (.copyUp, _):
                // A new volume is its root's, as Podman chowns it, so the
                // image's content can be copied in and the volume written.
                if let source = step.source, let uid = ids.rootUID, chown(source, uid, ids.rootGID ?? 0) != 0 {
                    throw HullError(.failure, "preparing volume: \(LinuxError("chown", path: source))")
                }
                steps.append(step)
            default:
                steps.append(step)
            }
        }
        spec.steps = steps
        // /etc/hosts and /etc/hostname belong to the container's root, as
        // they would without a user namespace.
        guard let uid = ids.rootUID else { return }
        for file in ownedFiles where chown(file, uid, ids.rootGID ?? 0) != 0 {
            throw HullError(.failure, "preparing container: \(LinuxError("chown", path: file))")
        }
    }

    /// Rootless: the child, root of the user's namespace, mounts the overlay
    /// itself (Linux 5.11+ allows it there; `RootOverlay.Backend.userxattr`);
    /// the store is the user's own.
    func applyRootless(to spec: inout IsolatedProcessSpec, ownsNetwork: Bool) {
        spec.cloneFlags |= Namespace.user
        spec.userNamespace = UserNamespaceSetup(uidMap: ids.uidMap, gidMap: ids.gidMap)
        spec.steps = spec.steps.flatMap { step -> [MountStep] in
            var s = step
            switch (step.kind, step.fstype) {
            case (.mount, "devpts") where ids.gidMap.hostID(of: 5) == nil:
                s.data = s.data?.split(separator: ",").filter { $0 != "gid=5" }.joined(separator: ",")
            case (.mount, "sysfs") where !ownsNetwork:
                var ro = [MountStep]()
                if step.flags & UInt(MS_RDONLY) != 0 {
                    ro.append(MountStep(target: "/sys", flags: UInt(MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)))
                }
                return [MountStep(source: "/sys", target: "/sys", flags: UInt(MS_BIND | MS_REC))] + ro
            default:
                break
            }
            return [s]
        }
    }

    /// The child, root of its own namespace only, walks to its root mount
    /// point as "others": every directory on the way must let it pass
    /// (o+x; Podman's storage needs the same). hull's own run directories
    /// get 0711 (no listing); any other blocks with a clear error.
    static func makeReachable(_ path: String, hullOwned: [String]) throws(HullError) {
        for dir in hullOwned {
            var st = stat()
            if stat(dir, &st) == 0, st.st_mode & 0o001 == 0 { chmod(dir, (st.st_mode & 0o7777) | 0o011) }
        }
        var prefix = ""
        for part in path.split(separator: "/").dropLast() {
            prefix += "/" + part
            var st = stat()
            guard stat(prefix, &st) == 0 else { throw HullError(.failure, "preparing container: \(LinuxError("stat", path: prefix))") }
            if st.st_mode & 0o001 == 0 {
                throw HullError(.failure, "\(prefix) (mode \(String(st.st_mode & 0o7777, radix: 8))) is not searchable by others, which a container in a user namespace needs to reach its root below it: chmod o+x \(prefix)")
            }
        }
    }
}
