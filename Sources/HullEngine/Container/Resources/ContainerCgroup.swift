import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A container's cgroup: made and joined before the process runs, read
/// for stats and OOM kills, removed after. As root it is `hull/<id>` in
/// each hierarchy. Rootless it is `<delegated>/hull/<id>` on cgroup2 alone,
/// where the user has a delegated cgroup (see `CgroupDelegation`); where
/// it has none the container runs without a cgroup, and `create` said so
/// when limits were asked for.
enum ContainerCgroup {
    /// The host's layout. HULL_CGROUP_MODE=unified makes hull use only the
    /// cgroup2 hierarchy of a hybrid host, as on a pure v2 host (no limits
    /// beyond the controllers it offers); tests use it to run the v2 path.
    static func hostLayout() -> CgroupLayout? { detectedLayout }

    /// Read from /proc/self/mountinfo once: a run asks for it when building
    /// the mounts, making the cgroup and removing it.
    private static let detectedLayout: CgroupLayout? = {
        guard var layout = try? CgroupDetector.detect() else { return nil }
        if let mode = getenv("HULL_CGROUP_MODE"), String(cString: mode) == "unified", layout.unifiedMountPoint != nil {
            layout.mode = .unified
            layout.v1MountPoints = [:]
        }
        return layout
    }()

    static var rootless: Bool { geteuid() != 0 }

    /// Rootless: where this process may make cgroups, found once (a few
    /// access checks; nothing to find costs one per level).
    static let delegation: CgroupDelegation.Discovery = {
        guard let layout = hostLayout() else { return .noUnifiedHierarchy }
        return CgroupDelegation.discover(layout: layout)
    }()

    /// How a new process gets into its cgroup without being moved by its
    /// parent, which costs an RCU grace period the first time.
    struct Placement {
        /// cgroup2: born there (CLONE_INTO_CGROUP).
        var cloneInto: String?
        /// cgroup v1: the child joins by itself (see selfJoinTaskFiles).
        var taskFiles: [String]
        /// The cgroup as /proc/PID/cgroup names it, for the state.
        var cgroupPath: String?
    }

    /// A manager for a new container cgroup and the path to create, or nil
    /// where this hull cannot make one (rootless without delegation).
    ///
    /// Rootless, the delegated cgroup may hold processes of its own (a
    /// login shell put there by hand, a manager running jobs in it). cgroup
    /// v2 then refuses to enable controllers for its children (EBUSY, the
    /// "no internal processes" rule), and containers below it get none.
    /// Podman moves every process of its cgroup into a leaf only when it
    /// sits in the root cgroup inside a container (MaybeMoveToSubCgroup),
    /// and otherwise asks systemd for a scope. hull moves nothing: those
    /// processes are the user's, not hull's; moving a shell and its jobs
    /// behind the user's back changes where their use is charged, races
    /// with every process started there meanwhile, and reorganises a tree
    /// that another manager (systemd --user) owns. The container still gets
    /// its cgroup (placement, stats, freezing and cleanup need no
    /// controller), and `create` names the limits it cannot have and why.
    private static func newManager(id: String) -> (manager: any CgroupManager, cgroupPath: String)? {
        let path = CgroupPath.container(id: id)
        if !rootless {
            guard let layout = hostLayout() else { return nil }
            return (layout.makeManager(), "/" + path)
        }
        guard case .delegated(let delegated) = delegation else { return nil }
        // Writing starts at the delegated cgroup: its ancestors are not ours.
        let manager = CgroupV2Manager(mountPoint: delegated.directory)
        return (manager, (delegated.cgroup == "/" ? "" : delegated.cgroup) + "/" + path)
    }

    /// Makes the cgroup with its limits before the process exists and says
    /// how the process gets in. nil: no cgroup hull can write (rootless).
    static func prepareForClone(id: String, limits: CgroupLimits?) throws(HullError) -> Placement? {
        guard let target = newManager(id: id) else { return nil }
        var manager = target.manager
        do {
            try create(&manager, id: id)
            if var limits, !limits.isEmpty {
                if rootless, let available = manager.enforceableControllers() {
                    // What the delegation cannot enforce was named by
                    // `create`; the container runs without it.
                    limits = limits.keeping(only: available)
                }
                if !limits.isEmpty { try manager.apply(limits.withDefaultSwap()) }
            }
        } catch {
            try? manager.destroy()
            throw HullError(.failure, "setting up the cgroup of \(id): \(error)", cause: error)
        }
        return Placement(cloneInto: manager.cloneIntoDirectory, taskFiles: manager.selfJoinTaskFiles,
                         cgroupPath: target.cgroupPath)
    }

    /// The same for a process joining a running container (exec).
    static func placementForJoining(_ c: Container) -> Placement? {
        guard let manager = attach(c) else { return nil }
        return Placement(cloneInto: manager.cloneIntoDirectory, taskFiles: manager.selfJoinTaskFiles,
                         cgroupPath: c.state.cgroupPath)
    }

    /// The shared parent `hull` is removed by whoever finds it empty (test
    /// teardowns, an administrator): if it vanishes between our mkdirs,
    /// it is made again.
    private static func create(_ manager: inout any CgroupManager, id: String) throws {
        var attempt = 0
        while true {
            do {
                return try manager.create(path: CgroupPath.container(id: id))
            } catch let error as LinuxError where error.errno == ENOENT && attempt < 3 {
                attempt += 1
            }
        }
    }

    static func attach(_ c: Container) -> (any CgroupManager)? {
        attach(id: c.id, recorded: c.state.cgroupPath)
    }

    /// The container's existing cgroup. Rootless, where it was recorded
    /// at start (or, for a hull killed before it could record it, where
    /// this process's delegation would put it); nil without one.
    static func attach(id: String, recorded: String?) -> (any CgroupManager)? {
        guard rootless else {
            return try? hostLayout()?.attachManager(path: CgroupPath.container(id: id))
        }
        guard let layout = hostLayout(), let mount = layout.unifiedMountPoint else { return nil }
        var cgroup = recorded
        if cgroup == nil, case .delegated(let delegated) = delegation {
            cgroup = (delegated.cgroup == "/" ? "" : delegated.cgroup) + "/" + CgroupPath.container(id: id)
        }
        guard let cgroup, let relative = layout.unifiedRelativePath(of: cgroup), !relative.isEmpty,
              FileSystem.isDirectory(mount + "/" + relative) else { return nil }
        return try? CgroupV2Manager(mountPoint: mount, attachingTo: relative)
    }

    /// Joins an exec'd process to the container's cgroup. Rootless, an
    /// exec from outside the delegated subtree (an ssh session for a
    /// container started in a desktop terminal) may not move it there:
    /// the kernel's containment rule. It then runs outside the cgroup,
    /// as crun lets a rootless process do when cgroups refuse it.
    static func join(_ c: Container, pid: Int32) throws(HullError) {
        guard let manager = attach(c) else { return }
        do {
            try manager.addProcess(pid)
        } catch let error as LinuxError where rootless && (error.errno == EACCES || error.errno == EPERM) {
            return
        } catch {
            throw HullError(.failure, "joining the cgroup of \(c.id): \(error)", cause: error)
        }
    }

    /// Moves a newly started container process in when the kernel refused
    /// to start it there.
    static func join(id: String, cgroupPath: String?, pid: Int32) throws(HullError) {
        guard let manager = attach(id: id, recorded: cgroupPath) else { return }
        do {
            try manager.addProcess(pid)
        } catch {
            throw HullError(.failure, "joining the cgroup of \(id): \(error)", cause: error)
        }
    }

    /// After the container exited: whether the OOM killer struck, then the
    /// cgroup removed. One lookup of the host's cgroup layout for both.
    static func tearDown(id: String, recorded: String?) -> Bool {
        guard let manager = attach(id: id, recorded: recorded) else { return false }
        let oomKilled = manager.oomKilled()
        remove(manager)
        return oomKilled
    }

    static func remove(id: String, recorded: String?) {
        if let manager = attach(id: id, recorded: recorded) { remove(manager) }
    }

    /// Removes the cgroup once its processes are gone (a last straggler of
    /// an exec may need a moment to leave).
    private static func remove(_ manager: any CgroupManager) {
        for _ in 0..<50 {
            if (try? manager.destroy()) != nil { return }
            for pid in (try? manager.processes()) ?? [] { kill(pid, SIGKILL) }
            usleep(10_000)
        }
    }

    /// Why a container has no cgroup to read or change, for the errors of
    /// stats, update and pause.
    static func missingReason(_ c: Container) -> String {
        if rootless {
            return "container \(c.id) runs without a cgroup: it was started where this user cannot create cgroups (rootless, no delegated cgroup v2)"
        }
        return "no cgroup for container \(c.id): is it running?"
    }
}
