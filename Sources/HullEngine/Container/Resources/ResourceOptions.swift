import HullLinux

/// The resource flags of run/create/update as the user wrote them,
/// turned into cgroup limits with Docker's rules.
public struct ResourceOptions: Sendable {
    public var memory: String?
    public var memorySwap: String?
    public var memoryReservation: String?
    public var cpus: String?
    public var cpuShares: UInt64?
    public var cpusetCpus: String?
    public var cpusetMems: String?
    public var pidsLimit: Int64?
    public var blkioWeight: UInt16?
    /// `--kernel-memory`: cgroup v2 and recent v1 kernels have no such
    /// limit; Podman accepts it as a no-op with a warning.
    public var kernelMemory: String?

    public init() {}

    /// nil when no limit was asked for. Invalid values are refused before
    /// anything is created.
    func limits() throws(HullError) -> CgroupLimits? {
        if kernelMemory != nil { Warning.emit("The --kernel-memory flag is no longer supported. This flag is a noop.") }
        var l = CgroupLimits()
        do {
            // --memory 0, as in Podman and Docker: no limit.
            l.memory = try memory.map { (s) throws(CgroupError) in try CgroupLimits.parseSize(s) }.flatMap { $0 == 0 ? nil : $0 }
            l.memorySwap = try memorySwap.map { (s) throws(CgroupError) in s == "-1" ? -1 : try CgroupLimits.parseSize(s) }
            l.memoryReservation = try memoryReservation.map { (s) throws(CgroupError) in try CgroupLimits.parseSize(s) }
            if let cpus { try l.setCPUs(cpus) }
            l.cpuShares = cpuShares
            l.cpusetCpus = cpusetCpus
            l.cpusetMems = cpusetMems
            // Podman: 0 or -1 mean no limit.
            l.pidsLimit = pidsLimit.flatMap { $0 > 0 ? $0 : nil }
            l.blkioWeight = blkioWeight
            if l.memorySwap != nil && l.memory == nil {
                throw CgroupError.invalidLimits("you must provide a memory limit if you provide a memory-swap limit")
            }
            try l.validate()
        } catch {
            throw HullError(.failure, "\(error)", cause: error)
        }
        return l.isEmpty ? nil : l
    }
}
