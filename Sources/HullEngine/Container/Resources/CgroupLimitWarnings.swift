import HullLinux

/// What `create` tells a rootless user whose limits cannot all be
/// enforced: once, where the flags were typed (a detached container's
/// monitor has no terminal to say it on). As Podman, the container runs
/// anyway, without the limits it cannot have.
enum CgroupLimitWarnings {
    /// Podman's words for a cgroup v1 host, which never delegates.
    static let cgroupV1 = "Resource limits are not supported and ignored on cgroups V1 rootless systems"

    static let fix = "run hull from a delegated cgroup, e.g. `systemd-run --user --scope hull ...`"

    /// The lines to print for `limits`; none as root, where a limit the
    /// host cannot enforce is an error instead.
    static func lines(for limits: CgroupLimits) -> [String] {
        guard ContainerCgroup.rootless, !limits.isEmpty else { return [] }
        return lines(for: limits, discovery: ContainerCgroup.delegation)
    }

    static func lines(for limits: CgroupLimits, discovery: CgroupDelegation.Discovery,
                      files: CgroupFiles = .kernel) -> [String] {
        switch discovery {
        case .noUnifiedHierarchy:
            return [cgroupV1]
        case .notDelegated(let own):
            return ["resource limits are ignored: this user cannot create cgroups here (its cgroup \(own) is not delegated to it); \(fix)"]
        case .delegated(let delegated):
            let availability = delegated.availability(of: limits.v2Controllers, files: files)
            var lines: [String] = []
            if !availability.missing.isEmpty {
                let offered = delegated.controllers(files: files).sorted().map(\.rawValue)
                let has = offered.isEmpty ? "none" : offered.joined(separator: " ")
                for controller in availability.missing {
                    lines.append("the requested cgroup controller `\(controller.rawValue)` is not available (the delegated cgroup \(delegated.cgroup) has: \(has)): its limits are ignored")
                }
            }
            let blocked = availability.blockedByProcesses
            if !blocked.isEmpty {
                let names = blocked.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                let noun = blocked.count == 1 ? "controller" : "controllers"
                lines.append("the requested cgroup \(noun) \(names) cannot be enabled: the delegated cgroup \(delegated.cgroup) has processes of its own, and cgroup v2 enables controllers only in cgroups without processes; \(blocked.count == 1 ? "its" : "their") limits are ignored (move those processes into a child cgroup)")
            }
            return lines
        }
    }
}
