import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// fuse-overlayfs as a container's root (Podman's `overlay.mount_program`),
/// where the kernel's overlay cannot be mounted in a user namespace (before
/// Linux 5.11, or a file system that refuses it) or the user asks for it.
/// The program runs in the foreground, entered into the child's user and
/// mount namespaces (not its PID namespace: the container never sees it)
/// while the child waits at its first barrier; once the mount is there the
/// child proceeds, copies that mount namespace and pivots in the copy (a
/// pivot would move the daemon's root too). The process that owns the
/// container stops it when the container ends (it alone keeps the first
/// mount namespace alive then); `rm`, or the next start, stops it by its
/// recorded pid when that owner was killed.
public enum FuseOverlay {
    /// Where fuse-overlayfs is installed, if it is.
    public static var installedPath: String? { HelperBinaries.find("fuse-overlayfs") }

    /// The overlay a FUSE program mounts: absolute lower dirs (topmost
    /// first), as the kernel's overlay would get them.
    struct Mount: Equatable {
        var program: String
        var lowerDirs: [String]
        var upperDir: String
        var workDir: String
        var target: String
    }

    /// The program's command line. No uid/gid mapping options: the layers
    /// are owned by the ids the container's user namespace maps, so the
    /// program, root in that namespace, shows them as they are. It adds
    /// allow_other (the container's users) and default_permissions itself.
    static func arguments(_ m: Mount) -> [String] {
        let name = m.program.split(separator: "/").last.map(String.init) ?? m.program
        return [name, "-f", "-o", "lowerdir=\(m.lowerDirs.joined(separator: ":")),upperdir=\(m.upperDir),workdir=\(m.workDir)", m.target]
    }

    struct Record: HelperRecord {
        var pid: Int32
        var startTime: UInt64?
    }

    static func helper(_ runDir: String) -> HelperProcess<Record> { HelperProcess(runDir: runDir, name: "fuse-overlayfs") }

    static func logPath(_ runDir: String) -> String { runDir + "/fuse-overlayfs.log" }

    /// Mounts the root in the namespaces of `pid` (its user namespace too
    /// when it has its own) and returns once the mount is there.
    static func start(_ m: Mount, pid: Int32, userNamespace: Bool, runDir: String) throws(HullError) {
        // One an owner that was killed left (by its record): two daemons
        // must never work on one upper directory.
        stop(runDir: runDir)
        if access("/dev/fuse", R_OK | W_OK) != 0 {
            throw HullError(.failure, "mounting the container's root with \(m.program) needs read and write access to /dev/fuse, which this user lacks (ls -l /dev/fuse; modprobe fuse)")
        }
        var fds: [Int32] = []
        defer { fds.forEach { close($0) } }
        let userFD: Int32, mountFD: Int32
        do {
            userFD = userNamespace ? try Namespace.open(pid: pid, "user") : -1
            if userFD >= 0 { fds.append(userFD) }
            mountFD = try Namespace.open(pid: pid, "mnt")
            fds.append(mountFD)
        } catch {
            throw HullError(.failure, "mounting the container's root with \(m.program): \(error)", cause: error)
        }
        let log = logPath(runDir)
        let logFD = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
        guard logFD >= 0 else { throw HullError(.failure, "mounting the container's root: \(LinuxError("open", path: log))") }
        fds.append(logFD)
        let daemon: pid_t
        do {
            // The host's program, in a mount namespace the container
            // leaves before it pivots, and not in its PID namespace: the
            // container cannot reach its /proc/PID/exe (CVE-2019-5736).
            daemon = try NamespacedProcess.spawn(path: m.program, argv: arguments(m), env: ["PATH=/usr/bin:/bin"],
                                                 userNamespaceFD: userFD, mountNamespaceFD: mountFD, outputFD: logFD)
        } catch {
            throw HullError(.failure, "mounting the container's root with \(m.program): \(error)", cause: error)
        }
        let helper = helper(runDir)
        helper.own(pid: daemon)
        func fail(_ why: String) -> HullError {
            helper.stop(patience: 2000)
            return HullError(.failure, "mounting the container's root with \(m.program): \(why)")
        }
        // Recorded first: a hull killed while waiting leaves it to `rm`.
        do {
            try helper.record(Record(pid: daemon, startTime: ProcessTable.startTime(of: daemon)))
        } catch {
            throw fail(error.message)
        }
        guard waitMounted(target: m.target, inNamespaceOf: pid, daemon: daemon) else {
            let said = ((try? FileSystem.readFile(log)) ?? []).split(separator: UInt8(ascii: "\n"))
                .map { String(decoding: $0, as: UTF8.self) }.filter { !$0.contains("unknown argument ignored") }.last
            throw fail(said ?? "it exited without mounting it")
        }
    }

    /// Stops the container's fuse-overlayfs, which unmounts its root. A
    /// daemon this process did not start gets two seconds after SIGTERM.
    /// Safe to repeat.
    static func stop(runDir: String) {
        helper(runDir).stop(patience: 2000)
    }

    /// Waits (bounded) until `target` is a FUSE mount in the mount table of
    /// `pid`, or the daemon exits. A mount table signals POLLPRI when it changes.
    static func waitMounted(target: String, inNamespaceOf pid: Int32, daemon: pid_t) -> Bool {
        let table = "/proc/\(pid)/mountinfo"
        let fd = open(table, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let escaped = escapeMountPoint(target)
        var buffer = [UInt8](repeating: 0, count: 65536)
        for _ in 0..<600 {
            var text: [UInt8] = []
            lseek(fd, 0, SEEK_SET)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                text += buffer[0..<n]
            }
            if hasFuseMount(String(decoding: text, as: UTF8.self), at: escaped) { return true }
            // Exited? Not reaped here (WNOWAIT): the stop that follows does.
            var info = siginfo_t()
            if waitid(P_PID, id_t(daemon), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == daemon {
                return false
            }
            var p = pollfd(fd: fd, events: Int16(POLLPRI), revents: 0)
            _ = poll(&p, 1, 50)
        }
        return false
    }

    /// Whether a mountinfo table has a FUSE mount on this (escaped) point.
    static func hasFuseMount(_ mountinfo: String, at point: String) -> Bool {
        for line in mountinfo.split(separator: "\n") {
            let halves = line.split(separator: " - ", maxSplits: 1)
            guard halves.count == 2 else { continue }
            let fields = halves[0].split(separator: " ")
            guard fields.count > 4, fields[4] == point else { continue }
            if halves[1].hasPrefix("fuse") { return true }
        }
        return false
    }

    /// The kernel's escaping of a mount point in mountinfo (octal for
    /// space, tab, newline and backslash).
    static func escapeMountPoint(_ path: String) -> String {
        var out = ""
        for c in path {
            switch c {
            case " ": out += "\\040"
            case "\t": out += "\\011"
            case "\n": out += "\\012"
            case "\\": out += "\\134"
            default: out.append(c)
            }
        }
        return out
    }
}
