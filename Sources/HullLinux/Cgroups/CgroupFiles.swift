#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes cgroup control files.
///
/// On a cgroup file system the kernel creates every control file when a
/// cgroup directory is made, and refuses to create others; so `.kernel`
/// opens without O_CREAT and a missing file is an error (ENOENT), which
/// usually means a controller is not enabled. `.plainDirectory` plays the
/// kernel's part on an ordinary directory, for tests against a temp dir:
/// it creates files on write and removes them with their directory.
public struct CgroupFiles: Sendable, Equatable {
    public let createsMissingFiles: Bool

    public init(createsMissingFiles: Bool) { self.createsMissingFiles = createsMissingFiles }

    public static let kernel = CgroupFiles(createsMissingFiles: false)
    public static let plainDirectory = CgroupFiles(createsMissingFiles: true)

    /// Writes `value` in one write(2): cgroup files act on each write call,
    /// so a value split over two writes would be two (wrong) values.
    public func write(_ value: String, to path: String) throws(LinuxError) {
        if createsMissingFiles { try refuseInternalProcesses(value, path) }
        // O_TRUNC is a no-op on cgroupfs but keeps a plain file to one value.
        let flags = O_WRONLY | O_TRUNC | O_CLOEXEC | (createsMissingFiles ? O_CREAT : 0)
        let fd = try check("open", path: path) { open(path, flags, 0o644) }
        defer { close(fd) }
        let bytes = Array(value.utf8)
        let written = try check("write", path: path) {
            bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        }
        if written != bytes.count { throw LinuxError("write", path: path, errno: EIO) }
    }

    /// The kernel's "no internal processes" rule, played on a plain
    /// directory: enabling a controller for the children of a cgroup that
    /// lists processes of its own fails with EBUSY.
    private func refuseInternalProcesses(_ value: String, _ path: String) throws(LinuxError) {
        let suffix = "/cgroup.subtree_control"
        guard path.hasSuffix(suffix), value.contains("+") else { return }
        let procs = String(path.dropLast(suffix.count)) + "/cgroup.procs"
        if let listed = try readIfPresent(procs), !CgroupFormat.pids(listed).isEmpty {
            throw LinuxError("write", path: path, errno: EBUSY)
        }
    }

    public func read(_ path: String) throws(LinuxError) -> String {
        String(decoding: try FileSystem.readFile(path), as: UTF8.self)
    }

    /// The file's text, or nil when it does not exist.
    public func readIfPresent(_ path: String) throws(LinuxError) -> String? {
        do {
            return try read(path)
        } catch {
            if error.errno == ENOENT { return nil }
            throw error
        }
    }

    public func exists(_ path: String) -> Bool { FileSystem.exists(path) }

    /// mkdir that accepts an existing directory.
    public func makeDirectory(_ path: String) throws(LinuxError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw LinuxError("mkdir", path: path) }
    }

    /// Removes a cgroup and the cgroups below it, children first, since
    /// the kernel removes only empty cgroups. A missing directory is fine.
    /// rmdir on a cgroup with tasks fails with EBUSY. When cgroup.procs is
    /// already empty the tasks have exited and the kernel is still letting
    /// go of them, so that EBUSY is retried for a moment; with tasks still
    /// listed it is reported at once.
    ///
    /// A container's cgroup rarely has children, so rmdir comes first and
    /// the directory is searched for them only when that fails: a v1
    /// memory cgroup lists dozens of files, and a stat of each made this
    /// the slowest step of `run --rm`'s teardown.
    public func removeCgroup(_ path: String) throws(LinuxError) {
        if createsMissingFiles { return try FileSystem.removeTree(path) }
        if rmdir(path) == 0 || errno == ENOENT { return }
        for name in try FileSystem.listDirectories(path) {
            try removeCgroup(path + "/" + name)
        }
        var backoff = PollBackoff(timeoutMicroseconds: 200_000)
        while true {
            if rmdir(path) == 0 || errno == ENOENT { return }
            let failure = LinuxError("rmdir", path: path)
            let tasks = (try? read(path + "/cgroup.procs")).map(CgroupFormat.pids) ?? []
            guard failure.errno == EBUSY, tasks.isEmpty, backoff.sleep() else { throw failure }
        }
    }
}

/// Growing sleeps for polling a state the kernel settles asynchronously.
/// Freezing is one: v1's freezer.state reads FREEZING, and v2's
/// cgroup.events says "frozen 0", until every task has stopped.
struct PollBackoff {
    private var remaining: UInt32
    private var delay: UInt32 = 100

    init(timeoutMicroseconds: UInt32) { remaining = timeoutMicroseconds }

    /// Sleeps a little longer each time; false once the time is used up.
    mutating func sleep() -> Bool {
        guard remaining > 0 else { return false }
        let step = min(delay, remaining)
        usleep(step)
        remaining -= step
        delay = min(delay * 2, 20_000)
        return true
    }
}
