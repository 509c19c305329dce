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

    /// Runs container `id`; tells the launcher on `reportFD` whether it started.
    public func run(id: String, reportFD: Int32) -> Int32 {
        let runner = ContainerRunner(layout: layout)
        let log = open(Self.logPath(layout, id), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o640)
        defer { if log >= 0 { close(log) } }
        if (try? ContainerStore(layout: layout).load(id))?.config.tty == true {
            return runWithTerminal(id: id, reportFD: reportFD, log: log)
        }
        let out: (Int32, Int32), err: (Int32, Int32)
        let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
        do {
            out = try Pipe.make()
            err = try Pipe.make()
        } catch {
            report(reportFD, HullError(.failure, "creating log pipes: \(error)"))
            return 125
        }
        let process: SpawnedProcess
        do {
            process = try runner.start(id, stdio: (devNull, out.1, err.1), parentDeathSignal: 0)
        } catch {
            report(reportFD, error)
            return error.code.rawValue
        }
        close(out.1); close(err.1); close(devNull)
        report(reportFD, nil)
        LogPump(fds: [(out.0, "stdout"), (err.0, "stderr")], logFD: log).run()
        return (try? runner.waitAndRecord(process, id)) ?? 125
    }

    /// A detached container on a pty: the monitor holds the master and
    /// logs what the terminal shows as stdout, as Podman does.
    private func runWithTerminal(id: String, reportFD: Int32, log: Int32) -> Int32 {
        let runner = ContainerRunner(layout: layout)
        let process: SpawnedProcess
        let master: Int32?
        do {
            let console = try ConsoleSocket()
            process = try runner.start(id, stdio: (-1, -1, -1), parentDeathSignal: 0, consoleSocket: console.childEnd)
            master = console.receive()
        } catch {
            report(reportFD, error)
            return error.code.rawValue
        }
        report(reportFD, nil)
        if let master {
            LogPump(fds: [(master, "stdout")], logFD: log).run()
        }
        return (try? runner.waitAndRecord(process, id)) ?? 125
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
