/// How this host mounts cgroups, and where this process sits in them.
public struct CgroupLayout: Sendable, Equatable {
    public var mode: CgroupMode
    /// The cgroup2 mount: /sys/fs/cgroup when unified, usually
    /// /sys/fs/cgroup/unified when hybrid, nil when legacy.
    public var unifiedMountPoint: String?
    /// v1 hierarchies by controller; co-mounted controllers share a path.
    public var v1MountPoints: [CgroupController: String]
    /// The cgroup path each mount exposes as its root ("/" unless the mount
    /// is a bind of a sub-cgroup, as in some containers), by mount point.
    public var mountRoots: [String: String]
    /// This process's own cgroups, from /proc/self/cgroup.
    public var current: CgroupMembership

    public init(mode: CgroupMode, unifiedMountPoint: String?, v1MountPoints: [CgroupController: String],
                mountRoots: [String: String] = [:], current: CgroupMembership = CgroupMembership()) {
        self.mode = mode
        self.unifiedMountPoint = unifiedMountPoint
        self.v1MountPoints = v1MountPoints
        self.mountRoots = mountRoots
        self.current = current
    }

    /// A manager for a new cgroup: v2 when unified, v1 when legacy, both when hybrid.
    public func makeManager(files: CgroupFiles = .kernel) -> any CgroupManager {
        switch mode {
        case .unified:
            return CgroupV2Manager(mountPoint: unifiedMountPoint ?? "/sys/fs/cgroup", files: files)
        case .legacy:
            return CgroupV1Manager(mountPoints: v1MountPoints, files: files)
        case .hybrid:
            return CgroupHybridManager(mountPoints: v1MountPoints, unifiedMountPoint: unifiedMountPoint, files: files)
        }
    }

    /// A manager for an existing cgroup, e.g. "hull/<id>" made by another hull process.
    public func attachManager(path: String, files: CgroupFiles = .kernel) throws(CgroupError) -> any CgroupManager {
        switch mode {
        case .unified:
            return try CgroupV2Manager(mountPoint: unifiedMountPoint ?? "/sys/fs/cgroup", attachingTo: path, files: files)
        case .legacy:
            return try CgroupV1Manager(mountPoints: v1MountPoints, attachingTo: path, files: files)
        case .hybrid:
            return try CgroupHybridManager(mountPoints: v1MountPoints, unifiedMountPoint: unifiedMountPoint,
                                           attachingTo: path, files: files)
        }
    }

    /// The directory of this process's own cgroup for a controller (nil
    /// for the cgroup2 hierarchy), where a rootless parent would go.
    public func currentDirectory(for controller: CgroupController?) -> String? {
        let mount: String?
        let cgroup: String?
        if let controller {
            mount = v1MountPoints[controller]
            cgroup = current.v1[controller]
        } else {
            mount = unifiedMountPoint
            cgroup = current.unified
        }
        guard let mount, var cgroup else { return nil }
        // A mount of a sub-cgroup shows that cgroup as its root directory.
        let root = mountRoots[mount] ?? "/"
        if root != "/" && cgroup.hasPrefix(root) { cgroup = String(cgroup.dropFirst(root.count)) }
        return cgroup == "/" || cgroup.isEmpty ? mount : mount + (cgroup.hasPrefix("/") ? "" : "/") + cgroup
    }
}

extension CgroupLayout {
    /// The directory of a cgroup2 cgroup named as /proc/PID/cgroup names
    /// it ("/user.slice/x"); nil without a cgroup2 mount, or when the
    /// mount (a bind of a sub-cgroup) does not show that cgroup.
    public func unifiedDirectory(of cgroup: String) -> String? {
        guard let relative = unifiedRelativePath(of: cgroup), let mount = unifiedMountPoint else { return nil }
        return relative.isEmpty ? mount : mount + "/" + relative
    }

    /// The same cgroup relative to the cgroup2 mount ("" for its root).
    public func unifiedRelativePath(of cgroup: String) -> String? {
        guard let mount = unifiedMountPoint else { return nil }
        let root = mountRoots[mount] ?? "/"
        let parts = cgroup.split(separator: "/")
        let rootParts = root.split(separator: "/")
        guard parts.count >= rootParts.count, Array(parts.prefix(rootParts.count)) == rootParts else { return nil }
        return parts.dropFirst(rootParts.count).joined(separator: "/")
    }

    /// The inverse: a directory on the cgroup2 mount as /proc/PID/cgroup names it.
    public func unifiedCgroup(ofDirectory directory: String) -> String? {
        guard let mount = unifiedMountPoint else { return nil }
        let relative: Substring
        if directory == mount {
            relative = ""
        } else if directory.hasPrefix(mount + "/") {
            relative = directory.dropFirst(mount.count + 1)
        } else {
            return nil
        }
        let parts = (mountRoots[mount] ?? "/").split(separator: "/") + relative.split(separator: "/")
        return "/" + parts.joined(separator: "/")
    }
}

/// The cgroups a process belongs to, from /proc/PID/cgroup.
public struct CgroupMembership: Sendable, Equatable {
    /// The "0::/path" line: the cgroup2 hierarchy (unified or hybrid).
    public var unified: String?
    /// v1 hierarchies, one entry per controller (co-mounted ones repeat the path).
    public var v1: [CgroupController: String]

    public init(unified: String? = nil, v1: [CgroupController: String] = [:]) {
        self.unified = unified
        self.v1 = v1
    }
}
