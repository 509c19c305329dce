/// The resource limits of one container's cgroup, in Docker's terms.
/// A nil field is left alone: managers write only the files of set limits.
public struct CgroupLimits: Sendable, Equatable, Hashable, Codable {
    /// Memory limit in bytes (`--memory`); -1 is unlimited.
    public var memory: Int64?
    /// Memory plus swap in bytes (`--memory-swap`), Docker's semantics: the
    /// total, not the swap alone; -1 is unlimited swap; equal to `memory`
    /// means no swap.
    public var memorySwap: Int64?
    /// Soft limit in bytes (`--memory-reservation`): v1 memory.soft_limit_in_bytes, v2 memory.low.
    public var memoryReservation: Int64?
    /// CFS quota in microseconds per period; -1 is unlimited.
    public var cpuQuota: Int64?
    /// CFS period in microseconds.
    public var cpuPeriod: UInt64?
    /// v1 cpu.shares (`--cpu-shares`, 2...262144); v2 gets `cpuWeight`.
    public var cpuShares: UInt64?
    /// CPUs the container may run on, in cpuset list syntax ("0-2,4").
    public var cpusetCpus: String?
    /// Memory nodes the container may use, in cpuset list syntax.
    public var cpusetMems: String?
    /// Maximum number of tasks; zero or negative is unlimited.
    public var pidsLimit: Int64?
    /// Block I/O weight (`--blkio-weight`, 10...1000).
    public var blkioWeight: UInt16?

    public init(memory: Int64? = nil, memorySwap: Int64? = nil, memoryReservation: Int64? = nil,
                cpuQuota: Int64? = nil, cpuPeriod: UInt64? = nil, cpuShares: UInt64? = nil,
                cpusetCpus: String? = nil, cpusetMems: String? = nil,
                pidsLimit: Int64? = nil, blkioWeight: UInt16? = nil) {
        self.memory = memory
        self.memorySwap = memorySwap
        self.memoryReservation = memoryReservation
        self.cpuQuota = cpuQuota
        self.cpuPeriod = cpuPeriod
        self.cpuShares = cpuShares
        self.cpusetCpus = cpusetCpus
        self.cpusetMems = cpusetMems
        self.pidsLimit = pidsLimit
        self.blkioWeight = blkioWeight
    }

    /// True when no limit is set.
    public var isEmpty: Bool { self == CgroupLimits() }

    /// These limits with every limit `newer` sets taken from it (`update`):
    /// a limit not named again stays. Quota and period move together, as
    /// `--cpus` sets both.
    public func merged(with newer: CgroupLimits) -> CgroupLimits {
        var m = self
        m.memory = newer.memory ?? memory
        m.memorySwap = newer.memorySwap ?? memorySwap
        m.memoryReservation = newer.memoryReservation ?? memoryReservation
        if newer.cpuQuota != nil { m.cpuQuota = newer.cpuQuota; m.cpuPeriod = newer.cpuPeriod }
        m.cpuShares = newer.cpuShares ?? cpuShares
        m.cpusetCpus = newer.cpusetCpus ?? cpusetCpus
        m.cpusetMems = newer.cpusetMems ?? cpusetMems
        m.pidsLimit = newer.pidsLimit ?? pidsLimit
        m.blkioWeight = newer.blkioWeight ?? blkioWeight
        return m
    }

    /// The CFS period `--cpus` uses, in microseconds.
    public static let defaultCPUPeriod: UInt64 = 100_000

    /// Sets quota and period from `--cpus` ("1.5" gives 150000 per 100000).
    /// Zero leaves the CPU time unlimited, as in Docker.
    public mutating func setCPUs(_ text: String) throws(CgroupError) {
        let nano = try CgroupLimits.parseCPUs(text)
        guard nano > 0 else { return }
        cpuPeriod = CgroupLimits.defaultCPUPeriod
        cpuQuota = nano * Int64(CgroupLimits.defaultCPUPeriod) / 1_000_000_000
    }

    /// Docker's default when only `--memory` is given: as much swap as
    /// memory, i.e. a memory+swap total of twice the memory.
    public func withDefaultSwap() -> CgroupLimits {
        var copy = self
        if copy.memorySwap == nil, let memory, memory > 0 {
            let (doubled, overflow) = memory.multipliedReportingOverflow(by: 2)
            copy.memorySwap = overflow ? -1 : doubled
        }
        return copy
    }

    /// Checks the limits against each other and the kernel's ranges, with
    /// Docker's rules, so a bad combination fails before any cgroup exists.
    public func validate() throws(CgroupError) {
        if let memory, memory == 0 || memory < -1 {
            throw .invalidLimits("the memory limit must be a positive number of bytes or -1 for unlimited")
        }
        if let swap = memorySwap, swap != -1 {
            guard let memory, memory > 0 else {
                throw .invalidLimits("a memory+swap limit (--memory-swap) needs a memory limit (--memory) as well")
            }
            if swap < memory {
                throw .invalidLimits("the memory+swap limit (\(swap) bytes) must not be smaller than the memory limit (\(memory) bytes)")
            }
        }
        if let reservation = memoryReservation {
            if reservation < 0 { throw .invalidLimits("the memory reservation must not be negative") }
            if let memory, memory > 0, reservation > memory {
                throw .invalidLimits("the memory reservation (\(reservation) bytes) must not exceed the memory limit (\(memory) bytes)")
            }
        }
        if let period = cpuPeriod, period < 1000 || period > 1_000_000 {
            throw .invalidLimits("the CPU period must be between 1000 and 1000000 microseconds")
        }
        if let quota = cpuQuota, quota != -1, quota < 1000 {
            throw .invalidLimits("the CPU quota must be at least 1000 microseconds (--cpus 0.01) or -1 for unlimited")
        }
        if let shares = cpuShares, shares != 0, shares < 2 || shares > 262_144 {
            throw .invalidLimits("CPU shares must be between 2 and 262144")
        }
        if let weight = blkioWeight, weight != 0, weight < 10 || weight > 1000 {
            throw .invalidLimits("the block I/O weight must be between 10 and 1000")
        }
        // Docker's floor: below it the container's first process is
        // OOM-killed before it runs (an exit 137 that says nothing).
        if let memory, memory > 0, memory < CgroupLimits.minimumMemory {
            throw .invalidLimits("Minimum memory limit allowed is 6MB")
        }
    }

    /// Docker's smallest `--memory`: 6 MiB.
    public static let minimumMemory: Int64 = 6 << 20

    // MARK: Values as the kernel files want them

    /// The v2 memory.swap.max value: swap alone, so memory+swap minus memory.
    var v2SwapMax: String? {
        guard let swap = memorySwap else { return nil }
        if swap == -1 { return "max" }
        guard let memory, memory > 0 else { return nil }
        return String(swap - memory)
    }

    /// cgroup v2 cpu.weight (1...10000) for v1 shares (2...262144), as crun converts.
    public static func cpuWeight(fromShares shares: UInt64) -> UInt64 {
        let clamped = min(max(shares, 2), 262_144)
        return 1 + ((clamped - 2) * 9999) / 262_142
    }

    /// cgroup v2 io.weight (1...10000) for a v1 blkio weight (10...1000), as runc and crun convert.
    public static func ioWeight(fromBlkioWeight weight: UInt16) -> UInt64 {
        let clamped = UInt64(min(max(weight, 10), 1000))
        return 1 + ((clamped - 10) * 9999) / 990
    }

    /// "max" for unlimited, else the number: v2's spelling of a limit.
    static func v2Value(_ value: Int64) -> String { value < 0 ? "max" : String(value) }
}
