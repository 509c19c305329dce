#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The per-container monitor of a detached container: hull re-executed,
/// single-threaded, in a session of its own. It is the parent of the
/// container's process, writes its output to `ctr.log` in Podman's
/// k8s-file format, records its exit and then ends. Its own parent is its
/// keeper (MonitorKeeper), which does the same should the monitor die.
public struct ContainerMonitor {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public static func logPath(_ layout: StoreLayout, _ id: String) -> String {
        layout.containerDir(id) + "/ctr.log"
    }

    /// What the launcher asks of the monitor beyond the stored config.
    public struct Options: Sendable {
        /// Keep the container's stdin open for attached clients (`start -i`).
        public var keepStdin = false
        /// The first window size of a container's terminal (the attaching user's).
        public var consoleSize: (UInt16, UInt16)?
        public init() {}
    }

    /// Runs container `id` (again, as its restart policy says); tells the
    /// launcher on `reportFD` whether the first start worked, and then keeps
    /// it as an attached client.
    public func run(id: String, reportFD: Int32, options: Options = Options()) -> Int32 {
        let store = ContainerStore(layout: layout)
        var report: Int32? = reportFD
        var restarts = 0
        while true {
            guard let config = try? store.load(id).config else { return 125 }
            let code = runOnce(id: id, config: config, options: options, report: report, restarting: restarts > 0)
            report = nil
            // --health-on-failure restart: again, whatever the policy says
            // (unless a user stopped it meanwhile).
            if code != nil, let state = try? store.load(id).state, state.healthRestart == true, state.stoppedByUser != true {
                restarts += 1
                continue
            }
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
    private func runOnce(id: String, config: ContainerConfig, options: Options, report reportFD: Int32?,
                         restarting: Bool) -> Int32? {
        var runner = ContainerRunner(layout: layout)
        let keeper = MonitorKeeper.current
        runner.keeper = keeper
        let process: SpawnedProcess
        var pump = LogPump(fds: [], path: Self.logPath(layout, id), maxSize: config.logMaxSize)
        do {
            if config.tty == true {
                // The monitor holds the pty master and logs what the terminal
                // shows as stdout, as Podman does.
                let console = try ConsoleSocket()
                process = try runner.start(id, stdio: (-1, -1, -1), parentDeathSignal: 0, consoleSocket: console.childEnd,
                                           consoleSize: options.consoleSize, restarting: restarting)
                if let master = console.receive() {
                    keeper?.watchOutput([master], logPath: pump.path ?? "", maxSize: pump.maxSize)
                    pump = LogPump(fds: [(master, "stdout")], path: pump.path, maxSize: pump.maxSize)
                    pump.ttyFD = master
                    pump.stdinFD = fcntl(master, F_DUPFD_CLOEXEC, 3)
                }
            } else {
                let out = try Self.pipe(), err = try Self.pipe()
                // stdin stays open for clients to write to only when asked
                // (-i), as with Podman; otherwise it reads /dev/null.
                let input = config.interactive || options.keepStdin ? try Self.pipe() : nil
                let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
                defer { close(out.1); close(err.1); if devNull >= 0 { close(devNull) }; if let input { close(input.0) } }
                keeper?.watchOutput([out.0, err.0], logPath: pump.path ?? "", maxSize: pump.maxSize)
                process = try runner.start(id, stdio: (input?.0 ?? devNull, out.1, err.1), parentDeathSignal: 0,
                                           restarting: restarting)
                pump = LogPump(fds: [(out.0, "stdout"), (err.0, "stderr")], path: pump.path, maxSize: pump.maxSize)
                pump.stdinFD = input?.1 ?? -1
            }
        } catch {
            if let reportFD { report(reportFD, error) }
            return nil
        }
        if pump.stdinFD >= 0 { _ = fcntl(pump.stdinFD, F_SETFL, fcntl(pump.stdinFD, F_GETFL) | O_NONBLOCK) }
        // Made now that the container's run directory exists; a client that
        // comes earlier finds no socket and retries.
        let listener = hull_attach_listen(ContainerStore(layout: layout).runDir(id))
        pump.listenFD = listener >= 0 ? listener : -1
        if let reportFD {
            report(reportFD, nil)
            pump.clientFD = reportFD
        }
        // Its healthchecks, timed by the pump: this process is the only
        // one that stays with the container.
        if let running = try? ContainerStore(layout: layout).load(id) {
            pump.schedule = HealthSchedule(layout: layout, container: running)
        }
        // The monitor lives as long as the container and mostly waits; the
        // pump drops the pages of hull it will not need again.
        pump.run()
        pump.schedule = nil
        let code = (try? runner.waitAndRecord(process, id, autoRemove: config.autoRemove)) ?? 125
        hull_attach_finish(code)
        if listener >= 0 { close(listener) }
        return code
    }

    private static func pipe() throws(HullError) -> (Int32, Int32) {
        do {
            return try Pipe.make()
        } catch {
            throw HullError(.failure, "creating log pipes: \(error)", cause: error)
        }
    }

    private func report(_ fd: Int32, _ error: HullError?) {
        let text = error.map { "\($0.code.rawValue) \($0.message)" } ?? "0"
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if error != nil { close(fd) }
    }
}

/// Starts a container's monitor and waits only until the container runs.
public struct ContainerMonitorLauncher {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public static let hiddenCommand = String(cString: hull_monitor_verb())

    public func startDetached(_ container: Container) throws(HullError) {
        if let fd = try start(container, attach: false, options: ContainerMonitor.Options()) { close(fd) }
    }

    /// Starts the container with this process attached from its first byte
    /// of output; returns the attach connection (see AttachClient).
    public func startAttached(_ container: Container, options: ContainerMonitor.Options) throws(HullError) -> Int32 {
        guard let fd = try start(container, attach: true, options: options) else {
            throw HullError(.failure, "container \(container.id) is already running")
        }
        return fd
    }

    private func start(_ container: Container, attach: Bool, options: ContainerMonitor.Options) throws(HullError) -> Int32? {
        guard container.state.status == .created || container.state.status == .exited else {
            if container.state.status == .running && !attach { return nil }  // Podman: starting a running container is a no-op
            throw HullError(.failure, "container \(container.id) is \(container.state.status.rawValue) and cannot be started")
        }
        // The report is the first message; an attaching caller keeps the
        // same connection as its client.
        var arguments = [container.id]
        if options.keepStdin { arguments.append("--stdin") }
        if let (rows, cols) = options.consoleSize { arguments += ["--console-size", "\(rows)x\(cols)"] }
        let connection = try HiddenVerbProcess.spawn(layout: layout, verb: Self.hiddenCommand, arguments, what: "the monitor")
        var chunk = [UInt8](repeating: 0, count: 4096)
        var n: Int
        repeat {
            n = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
        } while n < 0 && errno == EINTR
        let text = String(decoding: chunk[0..<max(n, 0)], as: UTF8.self)
        if text == "0" {
            if attach { return connection }
            close(connection)
            return nil
        }
        close(connection)
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first, let raw = Int32(first), parts.count == 2 else {
            throw HullError(.failure, "the container monitor died before the container started")
        }
        throw HullError(HullError.Code(rawValue: raw) ?? .failure, parts[1])
    }
}
