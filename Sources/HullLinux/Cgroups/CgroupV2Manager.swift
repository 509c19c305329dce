#if canImport(Glibc)
import Glibc
#endif

/// A container cgroup on a cgroup2 (unified) hierarchy: one directory for
/// every controller. Takes its mount point so tests can use a temp dir.
public struct CgroupV2Manager: CgroupManager {
    public let mountPoint: String
    public private(set) var path: String
    public let files: CgroupFiles
    /// How long freeze() waits for every task to stop.
    public var freezeTimeoutMicroseconds: UInt32 = 5_000_000

    /// The controllers hull limits, enabled for children in every ancestor
    /// of a container cgroup (those the ancestor offers).
    public static let managedControllers: [CgroupController] = [.cpuset, .cpu, .io, .memory, .pids]

    public init(mountPoint: String, files: CgroupFiles = .kernel) {
        self.mountPoint = mountPoint
        self.path = ""
        self.files = files
    }

    /// A manager for a cgroup that already exists (another hull process made it).
    public init(mountPoint: String, attachingTo path: String, files: CgroupFiles = .kernel) throws(CgroupError) {
        self.init(mountPoint: mountPoint, files: files)
        self.path = try CgroupPath.normalize(path)
    }

    public var directory: String? { path.isEmpty ? nil : mountPoint + "/" + path }

    /// All of a v2 cgroup is one directory: a process can be born in it.
    public var cloneIntoDirectory: String? { directory }

    private func requireDirectory() throws(CgroupError) -> String {
        guard let directory else { throw .noCgroup(mountPoint: mountPoint) }
        return directory
    }

    /// Controllers only reach a cgroup when its parent lists them in
    /// cgroup.subtree_control, so each ancestor enables them before its
    /// child is made. The new cgroup itself enables none: it will hold the
    /// container's processes, and a cgroup with processes may not hand
    /// controllers to children (the "no internal processes" rule).
    ///
    /// `mountPoint` is where writing starts: the hierarchy's root, or for
    /// a rootless container the delegated cgroup, whose ancestors belong
    /// to someone else.
    public mutating func create(path: String) throws {
        let relative = try CgroupPath.normalize(path)
        var available = Set(CgroupFormat.words(try files.readIfPresent(mountPoint + "/cgroup.controllers") ?? ""))
        var parent = mountPoint
        for dir in CgroupPath.levels(of: relative, under: mountPoint) {
            let wanted = Self.managedControllers.filter { available.contains($0.rawValue) }
            let enabled = try enable(wanted, in: parent)
            try files.makeDirectory(dir)
            if let listed = try files.readIfPresent(dir + "/cgroup.controllers") {
                available = Set(CgroupFormat.words(listed))
            } else {
                // A plain directory: the kernel would list what the parent enabled.
                available = enabled.intersection(wanted.map(\.rawValue))
            }
            parent = dir
        }
        self.path = relative
        availableControllers = Set(available.map { CgroupController($0) })
    }

    /// The controllers an existing cgroup has (its cgroup.controllers);
    /// nil before `create(path:)` or attaching, or without that file.
    public func listedControllers() -> Set<CgroupController>? {
        guard let directory, let text = try? files.readIfPresent(directory + "/cgroup.controllers") else { return nil }
        return Set(CgroupFormat.words(text).map { CgroupController($0) })
    }

    /// Known after `create(path:)` without another read; read from the
    /// cgroup when attached to an existing one.
    public func enforceableControllers() -> Set<CgroupController>? {
        availableControllers.isEmpty ? listedControllers() : availableControllers
    }

    /// The controllers whose files the cgroup has (its cgroup.controllers),
    /// known after `create(path:)`.
    public private(set) var availableControllers: Set<CgroupController> = []

    /// Returns the controllers enabled for children afterwards.
    @discardableResult
    private func enable(_ controllers: [CgroupController], in dir: String) throws -> Set<String> {
        let file = dir + "/cgroup.subtree_control"
        var enabled = Set(CgroupFormat.words(try files.readIfPresent(file) ?? "").map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 })
        let missing = controllers.filter { !enabled.contains($0.rawValue) }
        guard !missing.isEmpty else { return enabled }
        do {
            try files.write(missing.map { "+" + $0.rawValue }.joined(separator: " "), to: file)
            enabled.formUnion(missing.map(\.rawValue))
        } catch {
            // One refused controller fails the whole write; enable the rest
            // one by one. A limit on a controller that stays off fails in
            // apply() with controllerUnavailable, naming it.
            for controller in missing where (try? files.write("+" + controller.rawValue, to: file)) != nil {
                enabled.insert(controller.rawValue)
            }
        }
        return enabled
    }

    public func apply(_ limits: CgroupLimits) throws {
        try limits.validate()
        let dir = try requireDirectory()
        func set(_ file: String, _ value: String, _ controller: CgroupController) throws {
            do {
                try files.write(value, to: dir + "/" + file)
            } catch {
                if error.errno == ENOENT { throw CgroupError.controllerUnavailable(controller, path: dir) }
                throw error
            }
        }
        if let cpus = limits.cpusetCpus { try set("cpuset.cpus", cpus, .cpuset) }
        if let mems = limits.cpusetMems { try set("cpuset.mems", mems, .cpuset) }
        if let reservation = limits.memoryReservation { try set("memory.low", String(reservation), .memory) }
        if let memory = limits.memory { try set("memory.max", CgroupLimits.v2Value(memory), .memory) }
        // memory.swap.max is missing when the kernel does not account swap;
        // supportsSwapLimit lets the caller warn, as Docker does.
        if let swap = limits.v2SwapMax, supportsSwapLimit { try set("memory.swap.max", swap, .memory) }
        if let shares = limits.cpuShares, shares > 0 {
            try set("cpu.weight", String(CgroupLimits.cpuWeight(fromShares: shares)), .cpu)
        }
        if limits.cpuQuota != nil || limits.cpuPeriod != nil {
            let quota = limits.cpuQuota.map(CgroupLimits.v2Value) ?? "max"
            try set("cpu.max", "\(quota) \(limits.cpuPeriod ?? CgroupLimits.defaultCPUPeriod)", .cpu)
        }
        if let pids = limits.pidsLimit { try set("pids.max", pids > 0 ? String(pids) : "max", .pids) }
        if let weight = limits.blkioWeight, weight > 0 {
            // BFQ keeps v1's 10...1000 scale in its own file; io.weight is 1...10000.
            if files.exists(dir + "/io.bfq.weight") {
                try set("io.bfq.weight", String(weight), .io)
            } else {
                try set("io.weight", "default \(CgroupLimits.ioWeight(fromBlkioWeight: weight))", .io)
            }
        }
    }

    /// False when the kernel does not account swap (no memory.swap.max).
    public var supportsSwapLimit: Bool {
        guard let directory else { return false }
        return files.createsMissingFiles || files.exists(directory + "/memory.swap.max")
    }

    public func addProcess(_ pid: Int32) throws {
        try files.write(String(pid), to: try requireDirectory() + "/cgroup.procs")
    }

    public func freeze() throws { try setFrozen(true) }

    public func thaw() throws { try setFrozen(false) }

    /// cgroup.freeze asks; cgroup.events reports "frozen 1" once every task
    /// has stopped, which may take a moment (kernel 5.2+).
    private func setFrozen(_ frozen: Bool) throws {
        let dir = try requireDirectory()
        let want: UInt64 = frozen ? 1 : 0
        do {
            try files.write(String(want), to: dir + "/cgroup.freeze")
        } catch {
            if error.errno == ENOENT { throw CgroupError.controllerUnavailable(.freezer, path: dir) }
            throw error
        }
        var backoff = PollBackoff(timeoutMicroseconds: freezeTimeoutMicroseconds)
        var settled = false
        repeat {
            settled = CgroupFormat.keyed(try files.read(dir + "/cgroup.events"))["frozen"] == want
        } while !settled && backoff.sleep()
        if !settled {
            if frozen { try? files.write("0", to: dir + "/cgroup.freeze") }
            throw LinuxError(frozen ? "freeze" : "thaw", path: dir, errno: ETIMEDOUT)
        }
    }

    public func stats() throws -> CgroupStats {
        let dir = try requireDirectory()
        func read(_ file: String) throws(LinuxError) -> String? { try files.readIfPresent(dir + "/" + file) }
        var stats = CgroupStats()
        stats.memoryUsage = try read("memory.current").flatMap(CgroupFormat.number)
        stats.memoryLimit = try read("memory.max").flatMap(CgroupFormat.number)
        stats.memoryInactiveFile = try read("memory.stat").flatMap { CgroupFormat.keyed($0)["inactive_file"] }
        stats.cpuUsageNanoseconds = try read("cpu.stat").flatMap { CgroupFormat.keyed($0)["usage_usec"] }.map { $0 &* 1000 }
        stats.pidsCurrent = try read("pids.current").flatMap(CgroupFormat.number)
        stats.pidsLimit = try read("pids.max").flatMap(CgroupFormat.number)
        if let io = try read("io.stat") {
            let bytes = CgroupFormat.ioStat(io)
            stats.blockReadBytes = bytes.read
            stats.blockWriteBytes = bytes.write
        }
        return stats
    }

    /// memory.events counts OOM kills in this cgroup and below.
    public func oomKilled() -> Bool {
        guard let directory, let text = try? files.read(directory + "/memory.events") else { return false }
        return (CgroupFormat.keyed(text)["oom_kill"] ?? 0) > 0
    }

    public func processes() throws -> [Int32] {
        CgroupFormat.pids(try files.read(try requireDirectory() + "/cgroup.procs"))
    }

    public func destroy() throws {
        guard let directory else { return }
        try files.removeCgroup(directory)
    }

    public func path(for controller: CgroupController) -> String? { directory }
}
