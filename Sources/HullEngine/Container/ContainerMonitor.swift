#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The per-container monitor of a detached container: hull re-executed,
/// single-threaded, in a session of its own. It is the parent of the
/// container's process, writes its output to `ctr.log` in Podman's
/// k8s-file format, records its exit and then ends.
public struct ContainerMonitor {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public static func logPath(_ layout: StoreLayout, _ id: String) -> String {
        layout.containerDir(id) + "/ctr.log"
    }

    /// Runs container `id` (again, as its restart policy says); tells the
    /// launcher on `reportFD` whether the first start worked.
    public func run(id: String, reportFD: Int32) -> Int32 {
        let store = ContainerStore(layout: layout)
        var report: Int32? = reportFD
        var restarts = 0
        while true {
            guard let config = try? store.load(id).config else { return 125 }
            let code = runOnce(id: id, config: config, report: report, restarting: restarts > 0)
            report = nil
            guard let code, let policyText = config.restartPolicy,
                  let policy = try? RestartPolicy(parsing: policyText),
                  let state = try? store.load(id).state,
                  policy.shouldRestart(exitCode: code, restarts: restarts, stoppedByUser: state.stoppedByUser == true)
            else { return code ?? 125 }
            // Docker's back-off: 100 ms, doubling, at most 10 s between tries.
            let delay = min(100_000 << min(restarts, 7), 10_000_000)
            usleep(UInt32(delay))
            // A stop during the pause means no restart.
            if (try? store.load(id).state.stoppedByUser) == true { return code }
            restarts += 1
        }
    }

    /// One start of the container; its exit code, or nil when it did not start.
    private func runOnce(id: String, config: ContainerConfig, report reportFD: Int32?, restarting: Bool) -> Int32? {
        let runner = ContainerRunner(layout: layout)
        let process: SpawnedProcess
        var streams: [(Int32, String)] = []
        do {
            if config.tty == true {
                // The monitor holds the pty master and logs what the terminal
                // shows as stdout, as Podman does.
                let console = try ConsoleSocket()
                process = try runner.start(id, stdio: (-1, -1, -1), parentDeathSignal: 0,
                                           consoleSocket: console.childEnd, restarting: restarting)
                if let master = console.receive() { streams = [(master, "stdout")] }
            } else {
                let out = try Self.pipe(), err = try Self.pipe()
                let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
                defer { close(out.1); close(err.1); if devNull >= 0 { close(devNull) } }
                process = try runner.start(id, stdio: (devNull, out.1, err.1), parentDeathSignal: 0, restarting: restarting)
                streams = [(out.0, "stdout"), (err.0, "stderr")]
            }
        } catch {
            if let reportFD { report(reportFD, error) }
            return nil
        }
        if let reportFD { report(reportFD, nil) }
        let pump = LogPump(fds: streams, path: Self.logPath(layout, id), maxSize: config.logMaxSize)
        // The monitor lives as long as the container and mostly waits.
        ProcessTable.releaseTextPages()
        pump.run()
        return (try? runner.waitAndRecord(process, id)) ?? 125
    }

    private static func pipe() throws(HullError) -> (Int32, Int32) {
        do {
            return try Pipe.make()
        } catch {
            throw HullError(.failure, "creating log pipes: \(error)")
        }
    }

    private func report(_ fd: Int32, _ error: HullError?) {
        let text = error.map { "\($0.code.rawValue) \($0.message)" } ?? "0"
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}

/// Starts a container's monitor and waits only until the container runs.
public struct ContainerMonitorLauncher {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public static let hiddenCommand = "container-monitor"

    public func startDetached(_ container: Container) throws(HullError) {
        guard container.state.status == .created || container.state.status == .exited else {
            if container.state.status == .running { return }  // Podman: starting a running container is a no-op
            throw HullError(.failure, "container \(container.id) is \(container.state.status.rawValue) and cannot be started")
        }
        let pipe: (Int32, Int32)
        do {
            pipe = try Pipe.make()
        } catch {
            throw HullError(.failure, "creating a pipe: \(error)")
        }
        let fds = [pipe.0, pipe.1]
        let argv = ["hull", "--root", layout.root, "--runroot", layout.runroot, Self.hiddenCommand, container.id]
        let env = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        do {
            _ = try DetachedProcess.spawn(path: "/proc/self/exe", argv: argv, env: env, reportFD: fds[1])
        } catch {
            close(fds[0]); close(fds[1])
            throw HullError(.failure, "starting the monitor: \(error)")
        }
        close(fds[1])
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        close(fds[0])
        let text = String(decoding: bytes, as: UTF8.self)
        if text == "0" { return }
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first, let raw = Int32(first), parts.count == 2 else {
            throw HullError(.failure, "the container monitor died before the container started")
        }
        throw HullError(HullError.Code(rawValue: raw) ?? .failure, parts[1])
    }
}
