import CHull
#if canImport(Glibc)
import Glibc
#endif

/// Detached mounts for a container in a user namespace: its image layers
/// idmapped into that namespace (mount_setattr MOUNT_ATTR_IDMAP), under an
/// overlay mounted by hull as host root. Files the image stores as root
/// show as the container's root; files the container writes land in the
/// upper directory owned by the host ids its namespace maps them to.
public enum IdmappedMounts {
    /// Returns the overlay as a detached mount fd, for the child to attach.
    public static func overlay(_ overlay: IdmappedOverlay, userNamespaceOf pid: Int32) throws(LinuxError) -> Int32 {
        let userns = try check("open", path: "/proc/\(pid)/ns/user") { open("/proc/\(pid)/ns/user", O_RDONLY | O_CLOEXEC) }
        defer { close(userns) }
        var lowers: [Int32] = []
        defer { lowers.forEach { close($0) } }
        for dir in overlay.lowerDirs {
            let fd = hull_idmapped_tree(dir, userns)
            if fd < 0 {
                // EINVAL/EOPNOTSUPP: a file system (or a kernel before 5.12) without idmapped mounts.
                let hint = -fd == EINVAL || -fd == EOPNOTSUPP || -fd == ENOSYS
                    ? "idmapped mount (needs Linux 5.12+ and a store on a file system that supports it, e.g. ext4, xfs, btrfs) of"
                    : "idmapped mount of"
                throw LinuxError(hint, path: dir, errno: -fd)
            }
            lowers.append(fd)
        }
        var failed: Int32 = 0
        let mnt = hull_overlay_fsmount(lowers, lowers.count, overlay.upperDir, overlay.workDir, overlay.volatile ? 1 : 0, &failed)
        if mnt < 0 {
            let what = ["overlay", "overlay lowerdir+", "overlay upperdir", "overlay workdir", "overlay create", "fsmount overlay",
                        "overlay volatile"]
            throw LinuxError(what[Int(failed) < what.count ? Int(failed) : 0], path: overlay.upperDir, errno: -mnt)
        }
        return mnt
    }
}
