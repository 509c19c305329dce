#if canImport(Glibc)
import Glibc
#endif

/// The part of the cgroup2 hierarchy an unprivileged user may manage, as
/// crun and Podman find it without asking systemd over D-Bus.
///
/// A cgroup is delegated to a user by making its directory and its
/// cgroup.procs, cgroup.subtree_control and cgroup.threads writable to
/// them (Documentation/admin-guide/cgroup-v2.rst, "Model of Delegation");
/// systemd's Delegate=yes does this for user@UID.service. The kernel lets
/// an unprivileged process move a process between two cgroups only when
/// it can write cgroup.procs of their common ancestor ("Delegation
/// Containment"), and a new process is born in a cgroup (CLONE_INTO_CGROUP)
/// under the same rule. So a container cgroup at `<delegated>/hull/<id>`
/// works for a hull running anywhere inside the delegated subtree (a
/// desktop terminal's app-*.scope under user@UID.service), and for none
/// outside it (ssh's root-owned session-N.scope). cgroup v1 is never
/// delegated: rootless limits need cgroup2, as in Podman.
public struct CgroupDelegation: Sendable, Equatable {
    /// The delegated cgroup's directory on the cgroup2 mount.
    public var directory: String
    /// Its name as /proc/PID/cgroup writes it ("/user.slice/.../user@1000.service").
    public var cgroup: String

    public init(directory: String, cgroup: String) {
        self.directory = directory
        self.cgroup = cgroup
    }

    public enum Discovery: Sendable, Equatable {
        case delegated(CgroupDelegation)
        /// cgroup2 is there, but no cgroup from its root down to this
        /// process's own (named here) is this user's to manage.
        case notDelegated(ownCgroup: String)
        /// No cgroup2 hierarchy (a v1-only host): v1 is never delegated.
        case noUnifiedHierarchy
    }

    /// Looks at the cgroups from the hierarchy's root down to this
    /// process's own and takes the highest one the user may manage: the
    /// point of delegation, whose subtree holds every cgroup the user can
    /// move processes between. A few access checks, no directory listing;
    /// where nothing is delegated (a session scope) the first check of
    /// each level fails.
    public static func discover(layout: CgroupLayout,
                                permissions: any CgroupPermissions = ProcessCgroupPermissions()) -> Discovery {
        guard let mount = layout.unifiedMountPoint, let own = layout.current.unified else { return .noUnifiedHierarchy }
        guard let relative = layout.unifiedRelativePath(of: own) else { return .notDelegated(ownCgroup: own) }
        var candidates = [mount]
        candidates += CgroupPath.levels(of: relative, under: mount)
        for directory in candidates where isDelegated(directory, permissions) {
            guard let cgroup = layout.unifiedCgroup(ofDirectory: directory) else { continue }
            return .delegated(CgroupDelegation(directory: directory, cgroup: cgroup))
        }
        return .notDelegated(ownCgroup: own)
    }

    /// cgroup.procs first: it is the file that decides migrations, and
    /// the one that fails at once where nothing is delegated.
    static func isDelegated(_ directory: String, _ permissions: any CgroupPermissions) -> Bool {
        permissions.canWrite(directory + "/cgroup.procs")
            && permissions.canWrite(directory + "/cgroup.subtree_control")
            && permissions.canWrite(directory)
    }

    /// The controllers the delegated cgroup can hand to its children.
    public func controllers(files: CgroupFiles = .kernel) -> Set<CgroupController> {
        let text = (try? files.readIfPresent(directory + "/cgroup.controllers")) ?? nil
        return Set(CgroupFormat.words(text ?? "").map { CgroupController($0) })
    }

    /// What a container cgroup below this delegation can limit.
    public struct Availability: Sendable, Equatable {
        /// Needed, but the delegated cgroup does not have them.
        public var missing: [CgroupController] = []
        /// Offered, but not enabled for its children and they cannot be:
        /// the delegated cgroup holds processes itself, and cgroup v2
        /// enables a controller only in a cgroup without processes.
        public var blockedByProcesses: [CgroupController] = []

        public var isComplete: Bool { missing.isEmpty && blockedByProcesses.isEmpty }
    }

    /// Tells, before any cgroup is made, which of `needed` a container
    /// will get: a read of cgroup.controllers, and of subtree_control and
    /// cgroup.procs when a controller still has to be enabled.
    public func availability(of needed: Set<CgroupController>, files: CgroupFiles = .kernel) -> Availability {
        var result = Availability()
        guard !needed.isEmpty else { return result }
        let offered = controllers(files: files)
        result.missing = needed.subtracting(offered).sorted()
        let enabled = Set(CgroupFormat.words(((try? files.readIfPresent(directory + "/cgroup.subtree_control")) ?? nil) ?? "")
            .map { CgroupController($0.hasPrefix("+") ? String($0.dropFirst()) : $0) })
        let toEnable = needed.intersection(offered).subtracting(enabled)
        if !toEnable.isEmpty, hasOwnProcesses(files: files) {
            result.blockedByProcesses = toEnable.sorted()
        }
        return result
    }

    /// True when processes sit in the delegated cgroup itself (not only below it).
    public func hasOwnProcesses(files: CgroupFiles = .kernel) -> Bool {
        let text = (try? files.readIfPresent(directory + "/cgroup.procs")) ?? nil
        return !CgroupFormat.pids(text ?? "").isEmpty
    }
}

/// Whether this process may write a file, decided as the kernel decides
/// it for an unprivileged process. A protocol so that tests can lay out a
/// delegated tree in a temp dir, where root's access(2) says yes to all.
public protocol CgroupPermissions: Sendable {
    func canWrite(_ path: String) -> Bool
}

/// faccessat with AT_EACCESS: the effective ids, which the kernel checks
/// when cgroup.procs is written.
public struct ProcessCgroupPermissions: CgroupPermissions {
    public init() {}

    public func canWrite(_ path: String) -> Bool {
        faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0
    }
}

/// The owner/group/other mode bits of a file against given ids, without
/// capabilities: what an unprivileged `uid` may write.
public struct ModeBitsCgroupPermissions: CgroupPermissions {
    public let uid: UInt32
    public let gids: Set<UInt32>

    public init(uid: UInt32, gids: Set<UInt32>) {
        self.uid = uid
        self.gids = gids
    }

    public func canWrite(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let mode = UInt32(info.st_mode)
        if info.st_uid == uid { return mode & UInt32(S_IWUSR) != 0 }
        if gids.contains(info.st_gid) { return mode & UInt32(S_IWGRP) != 0 }
        return mode & UInt32(S_IWOTH) != 0
    }
}
