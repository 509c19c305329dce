import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A container's cgroup (`hull/<id>` in each hierarchy): made and joined
/// before the process runs, read for stats and OOM kills, removed after.
/// Rootless hull has no cgroup to write into yet; it runs without one.
enum ContainerCgroup {
    static func layout() -> CgroupLayout? {
        guard geteuid() == 0 else { return nil }
        return hostLayout()
    }

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

    /// How a new process gets into its cgroup without being moved by its
    /// parent, which costs an RCU grace period the first time.
    struct Placement {
        /// cgroup2: born there (CLONE_INTO_CGROUP).
        var cloneInto: String?
        /// cgroup v1: the child joins by itself (see selfJoinTaskFiles).
        var taskFiles: [String]
    }

    /// Makes the cgroup with its limits before the process exists and says
    /// how the process gets in. nil: no cgroup hull can write (rootless).
    static func prepareForClone(id: String, limits: CgroupLimits?) throws(HullError) -> Placement? {
        guard let layout = layout() else { return nil }
        var manager = layout.makeManager()
        do {
            try create(&manager, id: id)
            if let limits, !limits.isEmpty { try manager.apply(limits.withDefaultSwap()) }
        } catch {
            try? manager.destroy()
            throw HullError(.failure, "setting up the cgroup of \(id): \(error)")
        }
        return Placement(cloneInto: manager.cloneIntoDirectory, taskFiles: manager.selfJoinTaskFiles)
    }

    /// The same for a process joining a running container (exec).
    static func placementForJoining(id: String) -> Placement? {
        guard let manager = attach(id: id) else { return nil }
        return Placement(cloneInto: manager.cloneIntoDirectory, taskFiles: manager.selfJoinTaskFiles)
    }

    /// Creates the cgroup with the container's limits and moves `pid` in.
    static func setUp(id: String, limits: CgroupLimits?, pid: Int32) throws(HullError) {
        // No cgroup this user can write: limits were ignored with a warning
        // when the container was created.
        guard let layout = layout() else { return }
        var manager = layout.makeManager()
        do {
            try create(&manager, id: id)
            if let limits, !limits.isEmpty { try manager.apply(limits.withDefaultSwap()) }
            try manager.addProcess(pid)
        } catch {
            try? manager.destroy()
            throw HullError(.failure, "setting up the cgroup of \(id): \(error)")
        }
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

    static func attach(id: String) -> (any CgroupManager)? {
        try? layout()?.attachManager(path: CgroupPath.container(id: id))
    }

    /// Joins an exec'd process to the container's cgroup.
    static func join(id: String, pid: Int32) throws(HullError) {
        guard let manager = attach(id: id) else { return }
        do {
            try manager.addProcess(pid)
        } catch {
            throw HullError(.failure, "joining the cgroup of \(id): \(error)")
        }
    }

    /// After the container exited: whether the OOM killer struck, then the
    /// cgroup removed. One lookup of the host's cgroup layout for both.
    static func tearDown(id: String) -> Bool {
        guard let manager = attach(id: id) else { return false }
        let oomKilled = manager.oomKilled()
        remove(manager)
        return oomKilled
    }

    static func remove(id: String) {
        if let manager = attach(id: id) { remove(manager) }
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
}
