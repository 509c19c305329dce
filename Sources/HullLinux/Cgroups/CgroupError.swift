/// Bad input for a cgroup: a limit that cannot be parsed or makes no sense,
/// or a controller the host does not offer. System call failures are
/// `LinuxError`s instead.
public enum CgroupError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A size such as "64x" that is not a number with a b/k/m/g/t/p unit.
    case invalidSize(String)
    /// A `--cpus` value that is not a positive decimal, with the reason.
    case invalidCPUs(String, reason: String)
    /// Limits that contradict each other or a kernel range, with the reason.
    case invalidLimits(String)
    /// A cgroup path that is empty or climbs out of its hierarchy.
    case invalidPath(String)
    /// A limit needs a controller that is not available to the cgroup.
    case controllerUnavailable(CgroupController, path: String)
    /// A manager was used before `create(path:)` or an attaching init gave it a cgroup.
    case noCgroup(mountPoint: String)
    /// /proc/self/mountinfo shows neither a cgroup nor a cgroup2 file system.
    case notMounted

    public var description: String {
        switch self {
        case .invalidSize(let text):
            return "invalid size \"\(text)\": expected a whole or decimal number with an optional unit b, k, m, g, t or p (e.g. 512k, 64m, 1g)"
        case .invalidCPUs(let text, let reason):
            return "invalid --cpus value \"\(text)\": \(reason)"
        case .invalidLimits(let reason):
            return "invalid resource limits: \(reason)"
        case .invalidPath(let path):
            return "invalid cgroup path \"\(path)\": it must be a non-empty relative path without \".\" or \"..\" components"
        case .controllerUnavailable(let controller, let path):
            return "the \(controller.rawValue) cgroup controller is not available in \(path), so its limits cannot be applied"
        case .noCgroup(let mountPoint):
            return "no container cgroup under \(mountPoint): call create(path:) first or pass the path when attaching"
        case .notMounted:
            return "no cgroup file system is mounted (neither cgroup nor cgroup2 appears in /proc/self/mountinfo)"
        }
    }
}
