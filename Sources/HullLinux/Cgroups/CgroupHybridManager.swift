/// A container cgroup on a hybrid host: v1 hierarchies set the limits, and
/// the cgroup2 mount (usually /sys/fs/cgroup/unified, with few or no
/// controllers) tracks the processes, as systemd does on such hosts.
public struct CgroupHybridManager: CgroupManager {
    public private(set) var legacy: CgroupV1Manager
    /// Nil on a hybrid host whose cgroup2 mount is absent (plain v1 then).
    public private(set) var unified: CgroupV2Manager?

    public init(mountPoints: [CgroupController: String], unifiedMountPoint: String?, files: CgroupFiles = .kernel) {
        legacy = CgroupV1Manager(mountPoints: mountPoints, files: files)
        unified = unifiedMountPoint.map { CgroupV2Manager(mountPoint: $0, files: files) }
    }

    /// A manager for a cgroup that already exists (another hull process made it).
    public init(mountPoints: [CgroupController: String], unifiedMountPoint: String?, attachingTo path: String,
                files: CgroupFiles = .kernel) throws(CgroupError) {
        legacy = try CgroupV1Manager(mountPoints: mountPoints, attachingTo: path, files: files)
        unified = try unifiedMountPoint.map { (mount) throws(CgroupError) in
            try CgroupV2Manager(mountPoint: mount, attachingTo: path, files: files)
        }
    }

    public var path: String { legacy.path }

    public mutating func create(path: String) throws {
        try legacy.create(path: path)
        try unified?.create(path: path)
    }

    public func apply(_ limits: CgroupLimits) throws { try legacy.apply(limits) }

    public func addProcess(_ pid: Int32) throws {
        try legacy.addProcess(pid)
        try unified?.addProcess(pid)
    }

    /// The v1 freezer when mounted, else cgroup2's core freezer (5.2+).
    public func freeze() throws {
        if legacy.path(for: .freezer) == nil, let unified { return try unified.freeze() }
        try legacy.freeze()
    }

    public func thaw() throws {
        if legacy.path(for: .freezer) == nil, let unified { return try unified.thaw() }
        try legacy.thaw()
    }

    /// v1 figures; CPU time from cgroup2's always-present cpu.stat when no
    /// cpuacct hierarchy is mounted.
    public func stats() throws -> CgroupStats {
        var stats = try legacy.stats()
        if stats.cpuUsageNanoseconds == nil, let unified {
            stats.cpuUsageNanoseconds = try unified.stats().cpuUsageNanoseconds
        }
        return stats
    }

    public func oomKilled() -> Bool { legacy.oomKilled() }

    public func processes() throws -> [Int32] {
        if let unified { return try unified.processes() }
        return try legacy.processes()
    }

    public func destroy() throws {
        var firstError: (any Error)?
        do { try legacy.destroy() } catch { firstError = error }
        do { try unified?.destroy() } catch { if firstError == nil { firstError = error } }
        if let firstError { throw firstError }
    }

    public func path(for controller: CgroupController) -> String? { legacy.path(for: controller) }

    /// Born in the cgroup2 part, joining the v1 hierarchies itself.
    public var cloneIntoDirectory: String? { unified?.directory }
    public var selfJoinTaskFiles: [String] { legacy.selfJoinTaskFiles }

    /// The container's directory on the cgroup2 mount.
    public var unifiedPath: String? { unified?.directory }
}
