/// One container's cgroup across the host's hierarchies: made, limited,
/// joined, frozen, measured and removed.
///
/// Errors: `LinuxError` for a failed file operation (with its path and
/// errno), `CgroupError` for bad input or a missing controller.
public protocol CgroupManager: Sendable {
    /// The cgroup, relative to each hierarchy's root ("hull/<id>"); empty
    /// until `create(path:)` or an attaching initializer sets it.
    var path: String { get }

    /// Makes the cgroup (and its missing ancestors) in every hierarchy and
    /// remembers `path` for the other calls. An existing cgroup is reused.
    mutating func create(path: String) throws

    /// Writes the files of the set limits; leaves the rest alone.
    func apply(_ limits: CgroupLimits) throws

    /// Moves a process (and so its future children) into the cgroup.
    func addProcess(_ pid: Int32) throws

    /// Stops every task in the cgroup and returns once they all have.
    func freeze() throws

    /// Lets a frozen cgroup run again and returns once it does.
    func thaw() throws

    func stats() throws -> CgroupStats

    /// True when the kernel's OOM killer killed a task in the cgroup.
    func oomKilled() -> Bool

    /// The pids of the processes in the cgroup (not of its child cgroups).
    func processes() throws -> [Int32]

    /// Removes the cgroup and any cgroups below it, children first. Does
    /// not kill: a cgroup that still has tasks fails with EBUSY. A cgroup
    /// that is already gone is not an error.
    func destroy() throws

    /// The cgroup's directory for a controller, or nil when the host has no
    /// hierarchy with it (v2: every controller shares one directory).
    func path(for controller: CgroupController) -> String?

    /// A directory a new process can start in (clone3 CLONE_INTO_CGROUP),
    /// when the cgroup lives on cgroup2 alone; nil when v1 hierarchies
    /// need the process moved in after it exists.
    var cloneIntoDirectory: String? { get }

    /// cgroup v1 `tasks` files a new single-threaded process writes "0"
    /// into itself, joining every v1 hierarchy before it execs. Moving one
    /// thread, the caller itself, skips the kernel's threadgroup lock and
    /// the RCU grace period that taking it costs (Linux 6.0, "cgroup:
    /// Optimize single thread migration"): the several milliseconds a
    /// write of its pid to cgroup.procs takes on this kind of host.
    var selfJoinTaskFiles: [String] { get }

    /// The controllers the cgroup can enforce, when that may be fewer than
    /// hull knows: a delegated cgroup v2 subtree (rootless) has only those
    /// its parent enabled, listed in cgroup.controllers. nil: no such limit
    /// (v1 and hybrid hierarchies, where each controller is its own mount).
    func enforceableControllers() -> Set<CgroupController>?
}

extension CgroupManager {
    public func enforceableControllers() -> Set<CgroupController>? { nil }
    public var cloneIntoDirectory: String? { nil }
    public var selfJoinTaskFiles: [String] { [] }
}

/// Cgroup paths as the managers take them.
public enum CgroupPath {
    /// The parent directory hull makes at a hierarchy's root for rootful
    /// containers, as Podman's cgroupfs manager uses `libpod_parent`.
    public static let rootfulParent = "hull"

    /// "hull/<id>": where a rootful container's cgroup goes.
    public static func container(id: String) -> String { rootfulParent + "/" + id }

    /// "/hull//x/" as "hull/x". Rejects empty paths and "." or ".."
    /// components, which would name a cgroup outside the one intended.
    public static func normalize(_ path: String) throws(CgroupError) -> String {
        let parts = path.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(where: { $0 == "." || $0 == ".." }) else {
            throw .invalidPath(path)
        }
        return parts.joined(separator: "/")
    }

    /// The directories from just below `root` down to `root/path`, in order.
    static func levels(of path: String, under root: String) -> [String] {
        var current = root
        return path.split(separator: "/").map { part in
            current += "/" + part
            return current
        }
    }
}
