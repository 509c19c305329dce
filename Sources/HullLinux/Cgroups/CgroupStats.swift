/// A snapshot of a container cgroup's usage. Nil means the host does not
/// offer the figure (no controller, no such file), not zero.
public struct CgroupStats: Sendable, Equatable {
    /// Memory charged to the cgroup, page cache included, in bytes.
    public var memoryUsage: UInt64?
    /// The memory limit in bytes; nil when unlimited.
    public var memoryLimit: UInt64?
    /// Inactive file cache in bytes. `docker stats` and `podman stats` show
    /// usage minus this, since the kernel reclaims it before any OOM kill.
    public var memoryInactiveFile: UInt64?
    /// CPU time used by all tasks, in nanoseconds.
    public var cpuUsageNanoseconds: UInt64?
    /// Tasks (processes and threads) in the cgroup.
    public var pidsCurrent: UInt64?
    /// The task limit; nil when unlimited.
    public var pidsLimit: UInt64?
    /// Bytes read from and written to block devices.
    public var blockReadBytes: UInt64?
    public var blockWriteBytes: UInt64?

    public init() {}
}
