import Synchronization
import CHull
#if canImport(Glibc)
import Glibc
#endif

/// Writes a new user namespace's uid and gid maps. Root writes
/// /proc/PID/uid_map itself; an unprivileged user needs the setuid
/// newuidmap/newgidmap (Debian's uidmap), which check /etc/subuid and
/// /etc/subgid for it.
public enum IDMapWriter {
    /// `concurrently`: both helpers at once. Worth it only where the maps
    /// hold up the start; otherwise one after the other leaves a core to
    /// the thread that has something to do meanwhile.
    public static func write(pid: Int32, uidMap: [IDMapping], gidMap: [IDMapping], concurrently: Bool = true) throws(LinuxError) {
        if geteuid() == 0 {
            try writeProc(pid: pid, file: "uid_map", uidMap.procText)
            try writeProc(pid: pid, file: "gid_map", gidMap.procText)
        } else if deniesSetgroups(uidMap: uidMap, gidMap: gidMap) {
            // A user may map its own ids itself, once setgroups is off
            // (else dropping groups could widen its access).
            try writeProc(pid: pid, file: "setgroups", "deny")
            try writeProc(pid: pid, file: "uid_map", uidMap.procText)
            try writeProc(pid: pid, file: "gid_map", gidMap.procText)
        } else {
            // Each is a setuid program's start-up, and posix_spawn's vfork
            // holds its caller until the exec is done: concurrently, from
            // two threads, where the start waits for the maps.
            let jobs = [("newuidmap", uidMap), ("newgidmap", gidMap)]
            let failures = Mutex<[LinuxError?]>([nil, nil])
            WorkerThreads.forEach(jobs.count, width: concurrently ? jobs.count : 1) { index in
                do throws(LinuxError) {
                    try runHelper(jobs[index].0, pid: pid, jobs[index].1)
                } catch {
                    failures.withLock { $0[index] = error }
                }
            }
            if let failure = failures.withLock({ $0.compactMap { $0 }.first }) { throw failure }
        }
    }

    /// An unprivileged user mapping only its own ids, without the helpers:
    /// the namespace then has setgroups(2) disabled.
    public static func deniesSetgroups(uidMap: [IDMapping], gidMap: [IDMapping]) -> Bool {
        geteuid() != 0 && RootlessIDMaps.isSingle(uidMap, ownID: geteuid()) && RootlessIDMaps.isSingle(gidMap, ownID: getegid())
    }

    /// The kernel takes a map in a single write(2), once.
    static func writeProc(pid: Int32, file: String, _ text: String) throws(LinuxError) {
        let path = "/proc/\(pid)/\(file)"
        let fd = try check("open", path: path) { open(path, O_WRONLY | O_CLOEXEC) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let n = try check("write", path: path) { bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } }
        if n != bytes.count { throw LinuxError("write", path: path, errno: EIO) }
    }

    public static func helperPath(_ name: String) -> String? { HelperBinaries.find(name) }

    /// Runs newuidmap/newgidmap; its complaint (first stderr line) becomes
    /// the error's text.
    static func runHelper(_ name: String, pid: Int32, _ map: [IDMapping]) throws(LinuxError) {
        guard let path = helperPath(name) else { throw LinuxError(name + " (install the uidmap package)", errno: ENOENT) }
        let args = [name, "\(pid)"] + map.flatMap { ["\($0.containerID)", "\($0.hostID)", "\($0.size)"] }
        let (readEnd, writeEnd) = try Pipe.make()
        defer { close(readEnd) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = [strdup("PATH=/usr/bin:/bin"), nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, path, &actions, nil, &argv, &envp)
        close(writeEnd)
        if rc != 0 { throw LinuxError("spawn", path: path, errno: rc) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            output += chunk[0..<n]
        }
        let status = hull_wait(child)
        if status < 0 { throw LinuxError("waitpid \(name)", errno: -status) }
        guard status != 0 else { return }
        let complaint = String(decoding: output, as: UTF8.self).split(separator: "\n").first.map(String.init)
        throw LinuxError(complaint ?? (name + " " + args.dropFirst().joined(separator: " ")), errno: EPERM)
    }
}
