import CHull
#if canImport(Glibc)
import Glibc
#endif

/// One ordered action in the container's mount namespace before pivot_root.
public struct MountStep: Sendable, Equatable {
    /// attach: move a detached mount (`sourceFD`) onto the target.
    public enum Kind: Int32, Sendable { case mount = 1, mkdir = 2, symlink = 3, copyUp = 4, attach = 5 }
    /// `sourceFD` of the step that attaches the root the parent sends.
    public static let receivedFD = Int32(HULL_FD_RECEIVED)
    public var kind: Kind
    public var source: String?
    public var target: String
    public var fstype: String?
    public var data: String?
    public var flags: UInt
    /// Target is resolved inside the root file system, never outside it.
    public var inRoot: Bool
    public var targetIsFile: Bool
    /// A target that does not exist is skipped (masking optional paths).
    public var optional: Bool
    /// Directory to enter before the step (relative overlay lower dirs).
    public var workingDirectory: String?
    /// A bind source that is a path inside the root, resolved there.
    public var sourceInRoot: Bool
    /// attach: the detached mount's fd.
    public var sourceFD: Int32

    public init(kind: Kind = .mount, source: String? = nil, target: String, fstype: String? = nil,
                data: String? = nil, flags: UInt = 0, inRoot: Bool = true, targetIsFile: Bool = false,
                optional: Bool = false, workingDirectory: String? = nil, sourceInRoot: Bool = false,
                sourceFD: Int32 = -1) {
        self.kind = kind; self.source = source; self.target = target; self.fstype = fstype
        self.data = data; self.flags = flags; self.inRoot = inRoot; self.targetIsFile = targetIsFile
        self.optional = optional; self.workingDirectory = workingDirectory
        self.sourceInRoot = sourceInRoot; self.sourceFD = sourceFD
    }

    /// A bind of a host path, which a child in a user namespace may not be
    /// allowed to reach: the parent opens it as a detached mount instead.
    var isHostBind: Bool {
        kind == .mount && flags & UInt(MS_BIND) != 0 && flags & UInt(MS_REMOUNT) == 0
            && !sourceInRoot && (source?.hasPrefix("/") ?? false)
    }
}

/// Everything the C child needs to become the container's process.
public struct IsolatedProcessSpec: Sendable {
    public var cloneFlags: UInt = 0
    /// Namespaces made once the parent lets the child go (cgroup).
    public var unshareFlags: UInt = 0
    public var rootfs: String?
    public var steps: [MountStep] = []
    public var hostname: String?
    public var loopbackUp = false
    public var uid: UInt32 = 0
    public var gid: UInt32 = 0
    public var groups: [UInt32] = []
    public var workdir: String?
    public var argv: [String] = []
    public var env: [String] = []
    public var pathDirectories: [String] = []
    /// Descriptors for the child's 0, 1 and 2; -1 keeps the parent's.
    public var stdio: (Int32, Int32, Int32) = (-1, -1, -1)
    public var parentDeathSignal: Int32 = 0
    /// Namespace files (/proc/PID/ns/*) to enter, in order, for exec.
    public var joinNamespaceFDs: [Int32] = []
    public var createWorkdir = true
    /// A socket to receive the master of a terminal made inside the container.
    public var consoleSocket: Int32 = -1
    /// The terminal's first (rows, columns), set before exec; nil leaves it 0x0.
    public var consoleSize: (UInt16, UInt16)?
    /// PID 1 stays hull's own tiny init (reaping, relaying signals).
    public var runInit = false
    /// nil keeps the caller's capabilities (as tests of the child do).
    public var capabilities: CapabilitySet?
    public var noNewPrivileges = false
    /// Host files the child gives to its user namespace's root (0:0 inside)
    /// once it is that root (see `UserNamespaceMounts.applyRootless`).
    public var rootOwnedFiles: [String] = []
    /// (resource, soft, hard) for setrlimit.
    public var rlimits: [(Int32, UInt64, UInt64)] = []
    /// A compiled seccomp program (struct sock_filter records).
    public var seccompProgram: [UInt8]?
    /// Run after pivot_root and the cgroup namespace, with "/" as the root.
    public var lateSteps: [MountStep] = []
    /// A new user namespace (cloneFlags has Namespace.user): its maps, and
    /// the overlay the parent mounts for it with idmapped layers.
    public var userNamespace: UserNamespaceSetup?
    /// A cgroup2 directory to start the child in (clone3 CLONE_INTO_CGROUP);
    /// `SpawnedProcess.startedInCgroup` says whether the kernel did.
    public var cgroupDirectory: String?
    /// cgroup v1 `tasks` files the child writes "0" into before anything
    /// else (see `CgroupManager.selfJoinTaskFiles`); opened here, as root.
    public var cgroupTaskFiles: [String] = []
    /// Once released, the child makes its mounts and pivots in a copy of
    /// the mount namespace it was born in, where a FUSE root's daemon stays.
    public var freshMountNamespace = false

    public init() {}
}

public struct UserNamespaceSetup: Sendable {
    public var uidMap: [IDMapping]
    public var gidMap: [IDMapping]
    /// Mounted by the parent (host root, so the layers' trusted.overlay
    /// xattrs work) and attached by the step whose sourceFD is
    /// `MountStep.receivedFD`.
    public var overlay: IdmappedOverlay?

    public init(uidMap: [IDMapping], gidMap: [IDMapping], overlay: IdmappedOverlay? = nil) {
        self.uidMap = uidMap
        self.gidMap = gidMap
        self.overlay = overlay
    }
}

/// An overlay whose read-only layers are idmapped into the container's
/// user namespace, so their root-owned files show as its root.
public struct IdmappedOverlay: Sendable {
    /// Topmost first, as in overlay's lowerdir.
    public var lowerDirs: [String]
    public var upperDir: String
    public var workDir: String
    /// Mounted with "volatile": no syncs of the upper dir.
    public var volatile: Bool

    public init(lowerDirs: [String], upperDir: String, workDir: String, volatile: Bool = false) {
        self.lowerDirs = lowerDirs
        self.upperDir = upperDir
        self.workDir = workDir
        self.volatile = volatile
    }
}

/// A failure the child reported before it could exec.
public struct ChildSetupError: Error, CustomStringConvertible {
    public enum Step: Int32, Sendable {
        case sync = 1, mountPrivate, step, pivot, hostname, loopback, setgroups, setgid, setuid,
             workdir, stdio, parentDeathSignal, exec, join, console, capabilities, noNewPrivileges, seccomp, unshare,
             rlimit, userNamespace, lateStep, cgroup
    }
    public let step: Step?
    public let errno: Int32
    public let detail: Int32
    public let failedMount: MountStep?
    public var failedLateMount: MountStep? = nil

    public var reason: String { LinuxError("", errno: errno).reason }

    public var description: String {
        switch step {
        case .step:
            if let m = failedMount {
                let what: String
                switch m.kind {
                case .mount: what = "mount \(m.fstype ?? m.source ?? "") on"
                case .mkdir: what = "mkdir"
                case .symlink: what = "symlink"
                case .copyUp: what = "copying the image's content into the volume at"
                case .attach: what = "attach \(m.source ?? "mount") on"
                }
                return "\(what) \(m.target): \(reason)"
            }
            return "container setup step \(detail): \(reason)"
        case .lateStep:
            if let m = failedLateMount { return "mount \(m.fstype ?? m.source ?? "") on \(m.target): \(reason)" }
            return "container setup late step \(detail): \(reason)"
        case .userNamespace where detail >= 10: return "giving the container's root its /etc files: \(reason)"
        case .userNamespace: return "becoming root of the user namespace: \(reason)"
        case .unshare where detail == 1: return "creating the network, IPC and UTS namespaces: \(reason)"
        case .unshare where detail == 4: return "copying the mount namespace for the root's FUSE daemon: \(reason)"
        case .cgroup: return "joining the container's cgroup: \(reason)"
        case .pivot: return "pivot_root: \(reason)"
        case .workdir: return "working directory: \(reason)"
        case .some(let s): return "\(s): \(reason)"
        case .none: return "container setup: \(reason)"
        }
    }
}

/// A cloned child waiting for `release()`; then it runs and execs.
public struct SpawnedProcess {
    public let pid: pid_t
    fileprivate var child: hull_child
    /// Born in `IsolatedProcessSpec.cgroupDirectory`: nothing to migrate.
    public var startedInCgroup: Bool { child.in_cgroup != 0 }
    fileprivate let arena: CSpecArena
    fileprivate let steps: [MountStep]
    fileprivate let lateSteps: [MountStep]
    fileprivate let userNamespace: UserNamespaceSetup?
    fileprivate var mapsWritten: Bool
    /// Its new mount namespace, let go of once it has exited (see `wait`).
    fileprivate let mountNamespace: MountNamespaceHold?

    /// Lets the child build its root file system while the caller places it
    /// in its cgroup; `release()` then lets it exec. A child in a new user
    /// namespace first gets its id maps and its root mount.
    public mutating func proceed() throws {
        guard let userns = userNamespace else { return hull_proceed(&child) }
        try writeIDMaps()
        guard let overlay = userns.overlay else { return hull_proceed(&child) }
        let root = try IdmappedMounts.overlay(overlay, userNamespaceOf: pid)
        defer { close(root) }
        let rc = hull_proceed_fd(&child, root)
        if rc < 0 { throw LinuxError("sending the root mount", errno: -rc) }
    }

    /// The id maps of a child in a new user namespace, written once: before
    /// `proceed()` when something must act in its namespaces first (a
    /// FUSE root mounted there), else by `proceed()` itself.
    public mutating func writeIDMaps() throws {
        guard let userns = userNamespace, !mapsWritten else { return }
        try IDMapWriter.write(pid: pid, uidMap: userns.uidMap, gidMap: userns.gidMap)
        mapsWritten = true
        // Meanwhile the child made its network, IPC and UTS namespaces.
        var err = hull_child_error()
        let made = hull_wait_unshared(&child, &err)
        if made == 1 { throw childError(err) }
        if made < 0 { throw LinuxError("container setup pipe", errno: -made) }
    }

    /// Lets the child proceed; returns once it has exec'd, or throws what failed.
    public mutating func release() throws -> Void {
        var err = hull_child_error()
        let rc = hull_release(&child, &err)
        withExtendedLifetime(arena) {}
        if rc == 0 { return }
        if rc < 0 { throw LinuxError("container setup pipe", errno: -rc) }
        throw childError(err)
    }

    /// What the child reported, with the mount it failed at.
    private func childError(_ err: hull_child_error) -> ChildSetupError {
        let step = ChildSetupError.Step(rawValue: err.step)
        let failed = step == .step && Int(err.detail) < steps.count ? steps[Int(err.detail)] : nil
        var e = ChildSetupError(step: step, errno: err.err, detail: err.detail, failedMount: failed)
        if step == .lateStep && Int(err.detail) < lateSteps.count { e.failedLateMount = lateSteps[Int(err.detail)] }
        return e
    }

    /// Waits for the process; returns its exit code, 128+N after signal N.
    /// `unmountInBackground`: its mounts go on a thread of their own, for
    /// a caller with other work to do before it exits (`run`'s record and
    /// removal). A caller that may start the container again at once (a
    /// restart policy) leaves it false: its overlay then is gone first.
    /// `exited`: told the exit code once the process has ended and before
    /// it is reaped. Until then the kernel keeps its status: should this
    /// process die meanwhile, the next reaper (a subreaper) learns it.
    public func wait(unmountInBackground: Bool = false, exited: ((Int32) -> Void)? = nil) throws(LinuxError) -> Int32 {
        if let exited {
            let code = hull_peek_exit(pid)
            if code < 0 { throw LinuxError("waitid", errno: -code) }
            exited(code)
        }
        let status = hull_wait(pid)
        if status < 0 { throw LinuxError("waitpid", errno: -status) }
        if unmountInBackground {
            mountNamespace?.releaseInBackground()
        } else {
            mountNamespace?.release()
        }
        return Self.exitCode(fromStatus: status)
    }

    public static func exitCode(fromStatus status: Int32) -> Int32 {
        let signal = status & 0x7f
        if signal == 0 { return (status >> 8) & 0xff }
        return 128 + signal
    }

    /// Relays terminal signals hull receives to this process.
    public func forwardSignals() { hull_forward_signals(pid) }
}

public enum IsolatedProcess {
    /// Clones a child into new namespaces. It waits until `release()`.
    /// `early`: a child cloned already (a rootless run), used when it fits.
    public static func spawn(_ spec: IsolatedProcessSpec, early: EarlyChild? = nil) throws(LinuxError) -> SpawnedProcess {
        let earlyChild = early?.take(for: spec)
        // An early child was cloned before main, when hull had one thread.
        if earlyChild == nil { Prefetch.join() }
        let arena = CSpecArena()
        var specSteps = spec.steps
        // An unprivileged parent can make no detached mounts (open_tree
        // needs CAP_SYS_ADMIN); its child reaches the user's own paths.
        if spec.userNamespace != nil && geteuid() == 0 {
            // The child, root of its own namespace only, cannot read the
            // host's 0700 state directories: it gets every host bind source
            // as a detached mount, made here.
            for i in specSteps.indices where specSteps[i].kind == .copyUp {
                let dir = specSteps[i].source ?? ""
                let fd = try check("open", path: dir) { open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
                arena.fds.append(fd)
                specSteps[i].sourceFD = fd
            }
            for i in specSteps.indices where specSteps[i].isHostBind {
                let source = specSteps[i].source ?? ""
                let fd = hull_open_tree(source, specSteps[i].flags & UInt(MS_REC) != 0 ? 1 : 0)
                if fd < 0 { throw LinuxError("open_tree", path: source, errno: -fd) }
                arena.fds.append(fd)
                specSteps[i].kind = .attach
                specSteps[i].sourceFD = fd
            }
        }
        func cSteps(_ list: [MountStep]) -> [hull_step] {
            list.map { s in
                hull_step(kind: Int32(s.kind.rawValue), source: arena.string(s.source), target: arena.string(s.target),
                          fstype: arena.string(s.fstype), data: arena.string(s.data), flags: s.flags,
                          in_root: s.inRoot ? 1 : 0, target_is_file: s.targetIsFile ? 1 : 0,
                          optional: s.optional ? 1 : 0, cwd: arena.string(s.workingDirectory),
                          source_fd: s.sourceFD, source_in_root: s.sourceInRoot ? 1 : 0)
            }
        }
        let steps = cSteps(specSteps)
        var cgroupFD: Int32 = -1
        if let dir = spec.cgroupDirectory {
            cgroupFD = try check("open", path: dir) { open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            arena.fds.append(cgroupFD)
        }
        var taskFDs: [Int32] = []
        for file in spec.cgroupTaskFiles {
            let fd = try check("open", path: file) { open(file, O_WRONLY | O_CLOEXEC) }
            arena.fds.append(fd)
            taskFDs.append(fd)
        }
        let lateSteps = cSteps(spec.lateSteps)
        var c = hull_spec()
        c.clone_flags = spec.cloneFlags
        c.unshare_flags = spec.unshareFlags
        c.rootfs = arena.string(spec.rootfs)
        c.steps = UnsafePointer(arena.buffer(steps))
        c.nsteps = steps.count
        c.late_steps = UnsafePointer(arena.buffer(lateSteps))
        c.nlate_steps = lateSteps.count
        c.hostname = arena.string(spec.hostname)
        c.loopback_up = spec.loopbackUp ? 1 : 0
        c.uid = spec.uid
        c.gid = spec.gid
        c.groups = UnsafePointer(arena.buffer(spec.groups.map { gid_t($0) }))
        c.ngroups = spec.groups.count
        c.workdir = arena.string(spec.workdir)
        c.argv = arena.array(spec.argv)
        c.envp = arena.array(spec.env)
        c.path_dirs = arena.array(spec.pathDirectories)
        c.npath_dirs = spec.pathDirectories.count
        c.stdio = spec.stdio
        c.parent_death_signal = spec.parentDeathSignal
        c.join_fds = UnsafePointer(arena.buffer(spec.joinNamespaceFDs))
        c.njoin_fds = spec.joinNamespaceFDs.count
        c.create_workdir = spec.createWorkdir ? 1 : 0
        c.console_socket = spec.consoleSocket
        if let size = spec.consoleSize { (c.console_rows, c.console_cols) = size }
        c.run_init = spec.runInit ? 1 : 0
        if let caps = spec.capabilities {
            c.apply_capabilities = 1
            c.cap_bounding = caps.bits
            c.cap_effective = caps.bits
            c.cap_last = Int32(CapabilitySet.lastSupported)
        }
        c.no_new_privs = spec.noNewPrivileges ? 1 : 0
        c.root_owned = arena.array(spec.rootOwnedFiles)
        c.nroot_owned = spec.rootOwnedFiles.count
        c.fresh_mount_ns = spec.freshMountNamespace ? 1 : 0
        if let userns = spec.userNamespace {
            c.setgroups_denied = IDMapWriter.deniesSetgroups(uidMap: userns.uidMap, gidMap: userns.gidMap) ? 1 : 0
        }
        c.cgroup_fd_set = cgroupFD >= 0 ? 1 : 0
        c.cgroup_fd = cgroupFD
        c.cgroup_task_fds = UnsafePointer(arena.buffer(taskFDs))
        c.ncgroup_task_fds = taskFDs.count
        if let program = spec.seccompProgram {
            c.seccomp_filter = UnsafeRawPointer(arena.buffer(program))
            c.seccomp_filter_len = program.count
        }
        c.rlimit_resources = UnsafePointer(arena.buffer(spec.rlimits.map { $0.0 }))
        c.rlimit_soft = UnsafePointer(arena.buffer(spec.rlimits.map { $0.1 }))
        c.rlimit_hard = UnsafePointer(arena.buffer(spec.rlimits.map { $0.2 }))
        c.nrlimits = spec.rlimits.count
        var child = hull_child()
        let rc: Int32 = withExtendedLifetime(arena) {
            if let earlyChild {
                if hull_early_complete(earlyChild, &c, &child) == 0 { return 1 }
                early?.discard()
                Prefetch.join()
            }
            return hull_spawn(&c, &child)
        }
        if rc < 0 { throw LinuxError("clone", errno: -rc) }
        // rc 1: the early child took the spec; its maps are written.
        if rc == 1, let area = early?.handOverArea() { arena.mappings.append(area) }
        let ownsMounts = spec.cloneFlags & Namespace.mount != 0
        return SpawnedProcess(pid: child.pid, child: child, arena: arena, steps: specSteps, lateSteps: spec.lateSteps,
                              userNamespace: spec.userNamespace, mapsWritten: rc == 1,
                              mountNamespace: ownsMounts ? MountNamespaceHold(pid: child.pid) : nil)
    }
}

public enum DetachedProcess {
    /// Starts `path` in a session of its own with /dev/null for stdio,
    /// `reportFD` as its fd 3 and `extraFD` (when not -1) as its fd 4.
    /// Returns its pid.
    public static func spawn(path: String, argv: [String], env: [String], reportFD: Int32,
                             extraFD: Int32 = -1) throws(LinuxError) -> pid_t {
        Prefetch.join()
        let arena = CSpecArena()
        let pid = hull_spawn_detached(path, arena.array(argv), arena.array(env), reportFD, extraFD)
        if pid < 0 { throw LinuxError("spawn", path: path, errno: -pid) }
        return pid
    }
}

public enum NamespacedProcess {
    /// Starts `path` in a session of its own inside the user and mount
    /// namespaces of the given fds (-1: the caller's), output to
    /// `outputFD`. Returns its pid once it has exec'd.
    public static func spawn(path: String, argv: [String], env: [String], userNamespaceFD: Int32,
                             mountNamespaceFD: Int32, outputFD: Int32) throws(LinuxError) -> pid_t {
        let arena = CSpecArena()
        let pid = hull_spawn_in_namespaces(path, arena.array(argv), arena.array(env), userNamespaceFD,
                                           mountNamespaceFD, outputFD)
        if pid < 0 { throw LinuxError("spawn", path: path, errno: -pid) }
        return pid
    }
}
