import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The resource flags of run/create/update as the user wrote them,
/// turned into cgroup limits with Podman's rules and words (Docker's
/// where Podman leaves a value to fail later in the runtime).
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
        // Podman: 0 is no limit; -1 is not a size (only swap takes it).
        l.memory = try Self.size(memory).flatMap { $0 > 0 ? $0 : nil }
        if let bytes = l.memory, bytes < CgroupLimits.minimumMemory, let memory {
            throw HullError(.failure, "invalid value for memory: '\(memory)': Minimum memory limit allowed is 6MB")
        }
        l.memorySwap = memorySwap == "-1" ? -1 : try Self.size(memorySwap)
        l.memoryReservation = try Self.size(memoryReservation)
        if let swap = l.memorySwap, swap != -1 {
            guard let memory = l.memory else {
                throw HullError(.failure, "you should always set a memory limit when using a memoryswap limit, see usage")
            }
            if swap < memory { throw HullError(.failure, "minimum memoryswap limit should be larger than memory limit, see usage") }
        }
        if let reservation = l.memoryReservation, let memory = l.memory, reservation > memory {
            throw HullError(.failure, "minimum memory limit cannot be less than memory reservation limit, see usage")
        }
        if let cpus { try Self.setCPUs(cpus, in: &l) }
        l.cpuShares = cpuShares
        l.cpusetCpus = cpusetCpus
        l.cpusetMems = cpusetMems
        // Podman: 0 or -1 mean no limit.
        l.pidsLimit = pidsLimit.flatMap { $0 > 0 ? $0 : nil }
        l.blkioWeight = blkioWeight
        do {
            try l.validate()
        } catch {
            throw HullError(.failure, "\(error)", cause: error)
        }
        return l.isEmpty ? nil : l
    }

    /// Bytes in a memory size, refused in Podman's words.
    private static func size(_ text: String?) throws(HullError) -> Int64? {
        guard let text else { return nil }
        do {
            return try CgroupLimits.parseSize(text)
        } catch {
            throw HullError(.failure, "invalid value for memory: invalid size: '\(text)'", cause: error)
        }
    }

    /// `--cpus`: zero or negative is no limit (Podman); more CPUs than the
    /// host has is refused (Docker), as the limit could never bind.
    private static func setCPUs(_ text: String, in limits: inout CgroupLimits) throws(HullError) {
        if text.hasPrefix("-"), (try? CgroupLimits.parseCPUs(String(text.dropFirst()))) != nil { return }
        let nano: Int64
        do {
            nano = try CgroupLimits.parseCPUs(text)
        } catch .invalidCPUs(_, let reason) where reason.hasPrefix("the smallest") {
            throw HullError(.failure, "CPU cfs quota cannot be less than 1ms (i.e. 1000)")
        } catch {
            throw HullError(.failure, "invalid value for cpus: '\(text)': \(error)", cause: error)
        }
        let available = Int64(max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1))
        if nano > available * 1_000_000_000 {
            throw HullError(.failure, "invalid value for cpus: '\(text)': Range of CPUs is from 0.01 to \(available).00, as there are only \(available) CPUs available")
        }
        do {
            try limits.setCPUs(text)
        } catch {
            throw HullError(.failure, "\(error)", cause: error)
        }
    }
}
