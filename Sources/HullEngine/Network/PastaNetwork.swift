import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `--network pasta`: passt's pasta gives the container's own network
/// namespace outbound connectivity through the host's sockets and forwards
/// published ports into it, with no privilege (Podman's rootless default).
/// Started by hull once the namespace exists, before the command runs; it
/// daemonizes, and is stopped by its recorded pid when the container ends.
public enum PastaNetwork {
    public static var path: String? { HelperBinaries.find("pasta") }

    /// pasta's command line for the namespaces of `pid`. Only the published
    /// ports are forwarded (not pasta's automatic ones), as Podman asks.
    static func arguments(pid: Int32, ports: [PortMapping], pidFile: String) -> [String] {
        var args = ["pasta", "--config-net", "--quiet", "--pid", pidFile]
        for proto in ["tcp", "udp"] {
            let mine = ports.filter { $0.proto == proto }
            let flag = proto == "tcp" ? "-t" : "-u"
            if mine.isEmpty {
                args += [flag, "none"]
            } else {
                for p in mine {
                    let ip = p.hostIP.isEmpty || p.hostIP == "0.0.0.0" ? "" : p.hostIP + "/"
                    args += [flag, "\(ip)\(p.hostPort):\(p.containerPort)"]
                }
            }
        }
        // No forwarding from the container to the host's bound ports by
        // port number alone: the host is reached by its addresses.
        // The user and network namespaces of the child (its PID), which
        // is dumpable until released, so pasta as the same user may open them.
        args += ["-T", "none", "-U", "none", "\(pid)"]
        return args
    }

    /// pasta daemonizes: it is nobody's child, and is stopped by its record.
    static func helper(_ runDir: String) -> HelperProcess<Record> { HelperProcess(runDir: runDir, name: "pasta") }

    struct Record: HelperRecord {
        var pid: Int32
        var startTime: UInt64?
    }

    /// Runs pasta for the user and network namespaces of `pid`; returns
    /// once the namespace is configured and pasta runs in the background.
    static func start(pid: Int32, ports: [PortMapping], runDir: String) throws(HullError) {
        guard let path else {
            throw HullError(.failure, "--network pasta needs pasta: install the passt package (apt-get install passt)")
        }
        if access("/dev/net/tun", R_OK | W_OK) != 0 {
            throw HullError(.failure, "--network pasta needs read and write access to /dev/net/tun, which this user lacks (ls -l /dev/net/tun; use --network none or host)")
        }
        let pidFile = runDir + "/pasta.pid"
        let args = arguments(pid: pid, ports: ports, pidFile: pidFile)
        let (code, output) = run(path, args, log: runDir + "/pasta.log")
        guard code == 0 else {
            let complaint = output.split(separator: "\n").last { !$0.hasPrefix("Failed to send") }.map(String.init)
            throw HullError(.failure, "starting pasta: \(complaint ?? "exit status \(code)")")
        }
        guard let bytes = try? FileSystem.readFile(pidFile),
              let daemon = Int32(String(decoding: bytes, as: UTF8.self).split(separator: "\n").first ?? "") else {
            throw HullError(.failure, "starting pasta: it left no pid in \(pidFile)")
        }
        do {
            try helper(runDir).record(Record(pid: daemon, startTime: ProcessTable.startTime(of: daemon)))
        } catch {
            kill(daemon, SIGTERM)
            throw HullError(.failure, "starting pasta: \(error.message)")
        }
    }

    /// Stops the container's pasta, if it still runs (see `HelperProcess`). Safe to repeat.
    static func stop(runDir: String) {
        helper(runDir).stop()
        unlink(runDir + "/pasta.pid")
    }

    /// Runs a program to its end; its output goes to a file, not a pipe,
    /// since the daemon it leaves may keep its copy of the descriptors.
    private static func run(_ path: String, _ args: [String], log: String) -> (Int32, String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = [strdup("PATH=/usr/bin:/bin"), nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, path, &actions, nil, &argv, &envp)
        if rc != 0 { return (-1, "cannot run \(path): \(String(cString: strerror(rc)))") }
        let status = hull_wait(child)
        let output = (try? FileSystem.readFile(log)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        unlink(log)
        return (status, output)
    }
}
