#if canImport(Glibc)
import Glibc
#endif

/// A container cgroup on cgroup v1: one directory per hierarchy, each
/// mounted separately (or a few controllers co-mounted, e.g. "cpu,cpuacct").
/// Takes its mount points so tests can use a temp dir.
public struct CgroupV1Manager: CgroupManager {
    /// Where each controller's hierarchy is mounted. Co-mounted controllers
    /// map to the same path; named hierarchies (name=systemd) only track.
    public let mountPoints: [CgroupController: String]
    public private(set) var path: String
    public let files: CgroupFiles
    /// How long freeze() waits for every task to stop.
    public var freezeTimeoutMicroseconds: UInt32 = 5_000_000

    public init(mountPoints: [CgroupController: String], files: CgroupFiles = .kernel) {
        self.mountPoints = mountPoints
        self.path = ""
        self.files = files
    }

    /// A manager for a cgroup that already exists (another hull process made it).
    public init(mountPoints: [CgroupController: String], attachingTo path: String, files: CgroupFiles = .kernel) throws(CgroupError) {
        self.init(mountPoints: mountPoints, files: files)
        self.path = try CgroupPath.normalize(path)
    }

    /// Each hierarchy's root once, in a stable order.
    public var hierarchies: [String] { Set(mountPoints.values).sorted() }

    public func path(for controller: CgroupController) -> String? {
        guard !path.isEmpty, let root = mountPoints[controller] else { return nil }
        return root + "/" + path
    }

    private func require(_ controller: CgroupController) throws(CgroupError) -> String {
        guard !path.isEmpty else { throw .noCgroup(mountPoint: mountPoints[controller] ?? hierarchies.first ?? "") }
        guard let dir = path(for: controller) else { throw .controllerUnavailable(controller, path: path) }
        return dir
    }

    public mutating func create(path: String) throws {
        let relative = try CgroupPath.normalize(path)
        let cpusetRoot = mountPoints[.cpuset]
        for root in hierarchies {
            var parent = root
            for dir in CgroupPath.levels(of: relative, under: root) {
                try files.makeDirectory(dir)
                // A new v1 cpuset starts with empty cpus and mems, and the
                // kernel refuses to add a task to it (ENOSPC) until both are
                // set; give each new level its parent's, top down.
                if root == cpusetRoot {
                    try inheritCpuset("cpuset.cpus", from: parent, to: dir)
                    try inheritCpuset("cpuset.mems", from: parent, to: dir)
                }
                parent = dir
            }
        }
        self.path = relative
    }

    private func inheritCpuset(_ file: String, from parent: String, to dir: String) throws(LinuxError) {
        let current = try files.readIfPresent(dir + "/" + file)?.trimmingWhitespace ?? ""
        guard current.isEmpty else { return }
        let inherited = try files.read(parent + "/" + file).trimmingWhitespace
        try files.write(inherited, to: dir + "/" + file)
    }

    public func apply(_ limits: CgroupLimits) throws {
        try limits.validate()
        func set(_ controller: CgroupController, _ file: String, _ value: String) throws {
            try files.write(value, to: try require(controller) + "/" + file)
        }
        if let cpus = limits.cpusetCpus { try set(.cpuset, "cpuset.cpus", cpus) }
        if let mems = limits.cpusetMems { try set(.cpuset, "cpuset.mems", mems) }
        try applyMemory(limits)
        if let shares = limits.cpuShares, shares > 0 { try set(.cpu, "cpu.shares", String(shares)) }
        // The period first: the kernel checks a quota against the period in place.
        if let period = limits.cpuPeriod { try set(.cpu, "cpu.cfs_period_us", String(period)) }
        if let quota = limits.cpuQuota { try set(.cpu, "cpu.cfs_quota_us", String(quota)) }
        if let pids = limits.pidsLimit { try set(.pids, "pids.max", pids > 0 ? String(pids) : "max") }
        if let weight = limits.blkioWeight, weight > 0 {
            let dir = try require(.blkio)
            // CFQ's blkio.weight is gone since 5.0; BFQ offers blkio.bfq.weight.
            if !files.exists(dir + "/blkio.weight") && files.exists(dir + "/blkio.bfq.weight") {
                try files.write(String(weight), to: dir + "/blkio.bfq.weight")
            } else if files.exists(dir + "/blkio.weight") || files.createsMissingFiles {
                try files.write(String(weight), to: dir + "/blkio.weight")
            } else {
                throw CgroupError.controllerUnavailable(.blkio, path: dir)
            }
        }
    }

    /// v1 requires memory.limit_in_bytes <= memory.memsw.limit_in_bytes at
    /// every moment, so which to write first depends on whether the limits
    /// grow or shrink (runc's order, fs/memory.go setMemoryAndSwap).
    private func applyMemory(_ limits: CgroupLimits) throws {
        var swap = limits.memorySwap
        guard limits.memory != nil || swap != nil || limits.memoryReservation != nil else { return }
        let dir = try require(.memory)
        if let reservation = limits.memoryReservation {
            try files.write(String(reservation), to: dir + "/memory.soft_limit_in_bytes")
        }
        // Unlimited memory with swap unset makes swap unlimited too, or the
        // old memsw limit would still cap memory.
        if limits.memory == -1 && swap == nil { swap = -1 }
        if !supportsSwapLimit { swap = nil }
        let writeMemory = { () throws(LinuxError) in
            if let memory = limits.memory { try files.write(String(memory), to: dir + "/memory.limit_in_bytes") }
        }
        let writeSwap = { () throws(LinuxError) in
            if let swap { try files.write(String(swap), to: dir + "/memory.memsw.limit_in_bytes") }
        }
        if limits.memory != nil, let swap {
            let current = try files.readIfPresent(dir + "/memory.limit_in_bytes").flatMap(CgroupFormat.v1Limit)
            if swap == -1 || (current.map { $0 < UInt64(swap) } ?? false) {
                try writeSwap()
                try writeMemory()
                return
            }
        }
        try writeMemory()
        try writeSwap()
    }

    /// False when the kernel does not account swap (no memory.memsw.* files,
    /// e.g. booted without swapaccount=1 on older kernels).
    public var supportsSwapLimit: Bool {
        guard let dir = path(for: .memory) else { return false }
        return files.createsMissingFiles || files.exists(dir + "/memory.memsw.limit_in_bytes")
    }

    public var selfJoinTaskFiles: [String] {
        path.isEmpty ? [] : hierarchies.map { $0 + "/" + path + "/tasks" }
    }

    /// Joins every hierarchy, named ones included, so each controller and
    /// systemd's tracking see the process.
    public func addProcess(_ pid: Int32) throws {
        guard !path.isEmpty else { throw CgroupError.noCgroup(mountPoint: hierarchies.first ?? "") }
        for root in hierarchies {
            try files.write(String(pid), to: root + "/" + path + "/cgroup.procs")
        }
    }

    /// freezer.state reads FREEZING until every task has stopped. A task
    /// forking meanwhile can leave it there, so FROZEN is written again on
    /// each check (runc does the same).
    public func freeze() throws {
        let file = try require(.freezer) + "/freezer.state"
        try files.write("FROZEN", to: file)
        var backoff = PollBackoff(timeoutMicroseconds: freezeTimeoutMicroseconds)
        var settled = false
        repeat {
            settled = try files.read(file).trimmingWhitespace == "FROZEN"
            if !settled { try files.write("FROZEN", to: file) }
        } while !settled && backoff.sleep()
        if !settled {
            try? files.write("THAWED", to: file)
            throw LinuxError("freeze", path: file, errno: ETIMEDOUT)
        }
    }

    public func thaw() throws {
        let file = try require(.freezer) + "/freezer.state"
        try files.write("THAWED", to: file)
        var backoff = PollBackoff(timeoutMicroseconds: freezeTimeoutMicroseconds)
        var settled = false
        repeat {
            settled = try files.read(file).trimmingWhitespace == "THAWED"
        } while !settled && backoff.sleep()
        if !settled { throw LinuxError("thaw", path: file, errno: ETIMEDOUT) }
    }

    public func stats() throws -> CgroupStats {
        guard !path.isEmpty else { throw CgroupError.noCgroup(mountPoint: hierarchies.first ?? "") }
        func read(_ controller: CgroupController, _ file: String) throws(LinuxError) -> String? {
            guard let dir = path(for: controller) else { return nil }
            return try files.readIfPresent(dir + "/" + file)
        }
        var stats = CgroupStats()
        stats.memoryUsage = try read(.memory, "memory.usage_in_bytes").flatMap(CgroupFormat.number)
        stats.memoryLimit = try read(.memory, "memory.limit_in_bytes").flatMap(CgroupFormat.v1Limit)
        if let memoryStat = try read(.memory, "memory.stat").map(CgroupFormat.keyed) {
            stats.memoryInactiveFile = memoryStat["total_inactive_file"] ?? memoryStat["inactive_file"]
        }
        stats.cpuUsageNanoseconds = try read(.cpuacct, "cpuacct.usage").flatMap(CgroupFormat.number)
        stats.pidsCurrent = try read(.pids, "pids.current").flatMap(CgroupFormat.number)
        stats.pidsLimit = try read(.pids, "pids.max").flatMap(CgroupFormat.number)
        // CFQ's counters when present and non-zero, else the throttle layer's,
        // which sees every bio (Docker's choice too).
        var io = try read(.blkio, "blkio.io_service_bytes_recursive").map(CgroupFormat.blkioServiceBytes)
        if io == nil || io.map({ $0.read == 0 && $0.write == 0 }) == true,
           let throttle = try read(.blkio, "blkio.throttle.io_service_bytes_recursive") {
            io = CgroupFormat.blkioServiceBytes(throttle)
        }
        stats.blockReadBytes = io?.read
        stats.blockWriteBytes = io?.write
        return stats
    }

    /// memory.oom_control has an oom_kill count since Linux 4.13; before
    /// that, memory.failcnt (times the limit was hit) is the best hint.
    public func oomKilled() -> Bool {
        guard let dir = path(for: .memory) else { return false }
        if let text = try? files.read(dir + "/memory.oom_control"), let kills = CgroupFormat.keyed(text)["oom_kill"] {
            return kills > 0
        }
        if let text = try? files.read(dir + "/memory.failcnt"), let count = CgroupFormat.number(text) {
            return count > 0
        }
        return false
    }

    /// From one hierarchy: every one holds the same processes.
    public func processes() throws -> [Int32] {
        guard !path.isEmpty else { throw CgroupError.noCgroup(mountPoint: hierarchies.first ?? "") }
        let preferred: [CgroupController] = [.pids, .freezer, .memory, .cpu, .systemd]
        let root = preferred.lazy.compactMap { mountPoints[$0] }.first ?? hierarchies.first
        guard let root else { return [] }
        return CgroupFormat.pids(try files.read(root + "/" + path + "/cgroup.procs"))
    }

    /// Tries every hierarchy, then reports the first failure.
    public func destroy() throws {
        guard !path.isEmpty else { return }
        var firstError: LinuxError?
        for root in hierarchies {
            do {
                try files.removeCgroup(root + "/" + path)
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        if let firstError { throw firstError }
    }
}
