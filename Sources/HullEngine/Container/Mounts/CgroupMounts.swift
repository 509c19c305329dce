import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// /sys/fs/cgroup inside a container, as Podman (crun) mounts it: the
/// hierarchies of the host, each showing the container's own cgroup as its
/// root (the container's cgroup namespace), read-only unless --privileged.
/// Made after the cgroup namespace exists, so they run as late steps.
enum CgroupMounts {
    static let root = "/sys/fs/cgroup"

    static func steps(layout: CgroupLayout, privileged: Bool) -> [MountStep] {
        let fenced = UInt(MS_NOSUID | MS_NODEV | MS_NOEXEC)
        let ro = privileged ? 0 : UInt(MS_RDONLY)
        if layout.mode == .unified {
            return [MountStep(source: "cgroup2", target: root, fstype: "cgroup2", flags: fenced | ro)]
        }
        // v1 (and hybrid): a tmpfs holding one mount per hierarchy, named as
        // on the host, with links for co-mounted controllers (cpu -> cpu,cpuacct).
        var steps = [MountStep(source: "tmpfs", target: root, fstype: "tmpfs", data: "mode=755", flags: fenced)]
        var byMount: [String: [CgroupController]] = [:]
        for (controller, mount) in layout.v1MountPoints { byMount[mount, default: []].append(controller) }
        for (mount, controllers) in byMount.sorted(by: { $0.key < $1.key }) {
            let name = String(mount.split(separator: "/").last ?? "")
            guard !name.isEmpty else { continue }
            let options = controllers.sorted().map { $0.isNamedHierarchy ? "none," + $0.rawValue : $0.rawValue }
            steps.append(MountStep(source: "cgroup", target: root + "/" + name, fstype: "cgroup",
                                   data: options.joined(separator: ","), flags: fenced | ro))
            for c in controllers.sorted() where !c.isNamedHierarchy && c.rawValue != name {
                steps.append(MountStep(kind: .symlink, source: name, target: root + "/" + c.rawValue))
            }
        }
        if layout.mode == .hybrid, layout.unifiedMountPoint != nil {
            steps.append(MountStep(source: "cgroup2", target: root + "/unified", fstype: "cgroup2", flags: fenced | ro))
        }
        if !privileged {
            steps.append(MountStep(target: root, flags: UInt(MS_BIND | MS_REMOUNT | MS_RDONLY) | fenced))
        }
        return steps
    }
}
