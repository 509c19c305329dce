/// A cgroup controller (subsystem) by its kernel name, or a v1 named
/// hierarchy such as `name=systemd` that tracks processes without limits.
public struct CgroupController: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let cpu = CgroupController("cpu")
    public static let cpuacct = CgroupController("cpuacct")
    public static let cpuset = CgroupController("cpuset")
    public static let memory = CgroupController("memory")
    public static let devices = CgroupController("devices")
    public static let freezer = CgroupController("freezer")
    public static let blkio = CgroupController("blkio")
    public static let io = CgroupController("io")
    public static let pids = CgroupController("pids")
    public static let hugetlb = CgroupController("hugetlb")
    public static let netCls = CgroupController("net_cls")
    public static let netPrio = CgroupController("net_prio")
    public static let perfEvent = CgroupController("perf_event")
    public static let rdma = CgroupController("rdma")
    public static let misc = CgroupController("misc")
    /// systemd's named v1 hierarchy (`name=systemd` in mount options and /proc/self/cgroup).
    public static let systemd = CgroupController("name=systemd")

    /// The controllers a v1 `cgroup` mount can carry, as they appear in its options.
    static let v1Names: Set<String> = [
        "cpu", "cpuacct", "cpuset", "memory", "devices", "freezer", "blkio", "pids",
        "hugetlb", "net_cls", "net_prio", "perf_event", "rdma", "misc",
    ]

    /// True for a v1 hierarchy that only names processes (`name=...`).
    public var isNamedHierarchy: Bool { rawValue.hasPrefix("name=") }

    public var description: String { rawValue }

    public static func < (a: CgroupController, b: CgroupController) -> Bool { a.rawValue < b.rawValue }
}

/// How the host mounts cgroups (systemd's names for the three layouts).
public enum CgroupMode: String, Sendable, Equatable {
    /// cgroup v2 only: /sys/fs/cgroup is a cgroup2 mount.
    case unified
    /// cgroup v1 only: one `cgroup` mount per controller (or co-mounted group).
    case legacy
    /// v1 controllers plus a cgroup2 mount (usually /sys/fs/cgroup/unified)
    /// that tracks processes and holds the controllers v1 does not.
    case hybrid
}
