/// Which cgroup v2 controller each limit needs, so that a rootless
/// container whose delegated cgroup lacks one can run without those
/// limits (and be told which) instead of failing.
extension CgroupLimits {
    /// The cgroup v2 controllers whose files these limits write.
    public var v2Controllers: Set<CgroupController> {
        var needed: Set<CgroupController> = []
        if cpusetCpus != nil || cpusetMems != nil { needed.insert(.cpuset) }
        if memory != nil || memorySwap != nil || memoryReservation != nil { needed.insert(.memory) }
        if (cpuShares ?? 0) > 0 || cpuQuota != nil || cpuPeriod != nil { needed.insert(.cpu) }
        if pidsLimit != nil { needed.insert(.pids) }
        if (blkioWeight ?? 0) > 0 { needed.insert(.io) }
        return needed
    }

    /// These limits without those whose controller is not in `available`.
    public func keeping(only available: Set<CgroupController>) -> CgroupLimits {
        var kept = self
        if !available.contains(.cpuset) { kept.cpusetCpus = nil; kept.cpusetMems = nil }
        if !available.contains(.memory) { kept.memory = nil; kept.memorySwap = nil; kept.memoryReservation = nil }
        if !available.contains(.cpu) { kept.cpuShares = nil; kept.cpuQuota = nil; kept.cpuPeriod = nil }
        if !available.contains(.pids) { kept.pidsLimit = nil }
        if !available.contains(.io) { kept.blkioWeight = nil }
        return kept
    }
}
