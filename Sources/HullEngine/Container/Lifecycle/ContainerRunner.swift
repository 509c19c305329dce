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

/// Starts a stored container's process and records what becomes of it.
public struct ContainerRunner {
    public let layout: StoreLayout
    /// The container's process, cloned before its spec was known (a
    /// rootless run); used by the first start when it fits.
    let earlyChild: EarlyChild?
    /// The monitor's keeper, told of each process started (a monitor only).
    var keeper: MonitorKeeper?
    var store: ContainerStore { ContainerStore(layout: layout) }

    public init(layout: StoreLayout, earlyChild: EarlyChild? = nil) {
        self.layout = layout
        self.earlyChild = earlyChild
    }

    /// Runs the container in the foreground with hull as its parent:
    /// output goes straight to hull's stdout and stderr. Returns the
    /// container's exit code; removes it afterwards when made with --rm.
    /// `streams` (`run -a`): the output streams that reach the caller; the
    /// log keeps both. nil: all.
    public func runAttached(_ container: Container, interactive: Bool = false,
                            streams attached: Set<String>? = nil) throws(HullError) -> Int32 {
        let passStdin = interactive || container.config.interactive
        // Foreground containers die with their hull: nothing else would
        // record their exit.
        if container.config.tty == true {
            let console = try ConsoleSocket()
            let process = try start(container.id, stdio: (-1, -1, -1), parentDeathSignal: SIGKILL,
                                    consoleSocket: console.childEnd, consoleSize: Terminal.windowSize(0))
            EventLog(layout: layout).append(.container("attach", container.config))
            if let master = console.receive() {
                // The terminal's output reaches the log too (`hull logs`), as Podman's conmon logs it.
                TerminalRelay(master: master, forwardInput: passStdin, logPath: ContainerMonitor.logPath(layout, container.id),
                              logMaxSize: container.config.logMaxSize).run()
                close(master)
            }
            return try waitAndRecord(process, container.id, autoRemove: container.config.autoRemove)
        }
        let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { if devNull >= 0 { close(devNull) } }
        // Output passes through hull on its way to the caller, so that it
        // also lands in the container's log (`hull logs` of a foreground
        // container shows it, as with Podman's conmon). When hull's stdout
        // and stderr are one file (a terminal, `2>&1`), the container gets
        // one pipe for both: two pipes could reorder its lines.
        let shared = attached == nil && Self.sameFile(1, 2)
        var out: [Int32] = [-1, -1], err: [Int32] = [-1, -1]
        guard hull_pipe_cloexec(&out) == 0, shared || hull_pipe_cloexec(&err) == 0 else {
            for fd in out + err where fd >= 0 { close(fd) }
            throw HullError(.failure, "creating output pipes: \(LinuxError("pipe2").reason)")
        }
        let process: SpawnedProcess
        do {
            process = try start(container.id, stdio: (passStdin ? 0 : devNull, out[1], shared ? out[1] : err[1]),
                                parentDeathSignal: SIGKILL)
        } catch {
            for fd in out + err where fd >= 0 { close(fd) }
            throw error
        }
        close(out[1])
        if !shared { close(err[1]) }
        // This hull is the container's attached client (Podman's attach event).
        EventLog(layout: layout).append(.container("attach", container.config))
        let streams = shared ? [(out[0], "stdout")] : [(out[0], "stdout"), (err[0], "stderr")]
        var pump = LogPump(fds: streams, path: ContainerMonitor.logPath(layout, container.id),
                           maxSize: container.config.logMaxSize,
                           mirrorFDs: shared ? [1] : [attached?.contains("stdout") == false ? -1 : 1, attached?.contains("stderr") == false ? -1 : 2],
                           releasePages: false)
        // This hull is the container's monitor here: it runs the healthchecks.
        if let running = try? store.load(container.id) { pump.schedule = HealthSchedule(layout: layout, container: running) }
        pump.run()
        return try waitAndRecord(process, container.id, autoRemove: container.config.autoRemove)
    }

    /// Whether two descriptors are the same open file (or the same pipe).
    static func sameFile(_ a: Int32, _ b: Int32) -> Bool {
        var sa = stat(), sb = stat()
        guard fstat(a, &sa) == 0, fstat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// Spawns the process, records it as running and lets it exec. A
    /// failure before exec is recorded as the container's exit and thrown.
    func start(_ id: String, stdio: (Int32, Int32, Int32), parentDeathSignal: Int32,
               consoleSocket: Int32 = -1, consoleSize: (UInt16, UInt16)? = nil,
               restarting: Bool = false) throws(HullError) -> SpawnedProcess {
        let lock = try store.lock(id)
        defer { lock.unlock() }
        var current: Container
        do {
            current = try store.loadRecorded(id)
        } catch {
            // Removed meanwhile (rm -af racing run -d): its lock goes too.
            lock.unlock()
            store.forgetLock(id)
            throw error
        }
        if ContainerOrphans.isOrphaned(current.state) {
            // What its last run left (cgroup, network) goes before this one.
            let record = ExitRecord.notice(runDir: store.runDir(id))
            try finishLocked(id, recorded: current, exitCode: record.code, finishedAt: record.time, error: nil,
                             autoRemove: current.config.autoRemove)
            current = try store.loadRecorded(id)
        }
        guard current.state.status == .created || current.state.status == .exited else {
            throw HullError(.failure, "container \(id) is already \(current.state.status.rawValue)")
        }
        let copyUp: VolumeCopyUp
        var process: SpawnedProcess
        var cgroupPath: String?
        do {
            copyUp = try VolumeCopyUp.begin(current.config, layout: layout)
            process = try launch(current.config, stdio: stdio, parentDeathSignal: parentDeathSignal,
                                 consoleSocket: consoleSocket, consoleSize: consoleSize, cgroupPath: &cgroupPath)
        } catch {
            // Nothing ran: a --rm container goes, as if it had exited.
            if current.config.autoRemove {
                try? store.remove(current)
                VolumeStore(layout: layout).removeAnonymous(of: current.config)
            }
            throw error
        }
        var state = current.state
        state.status = .running
        state.oomKilled = false
        state.pid = process.pid
        state.pidStartTime = ProcessTable.startTime(of: process.pid)
        state.startedAt = Date()
        state.finishedAt = nil
        state.exitCode = 0
        state.error = nil
        state.stoppedByUser = nil
        state.healthRestart = nil
        state.restartCount = restarting ? (state.restartCount ?? 0) + 1 : 0
        state.cgroupPath = cgroupPath
        state.recorderPid = getpid()
        state.recorderStartTime = ProcessTable.startTime(of: getpid())
        state.keeperPid = keeper?.pid
        state.keeperStartTime = keeper.flatMap { ProcessTable.startTime(of: $0.pid) }
        // Told before the process runs its command: a monitor killed from
        // here on leaves it to the keeper.
        keeper?.watch(pid: process.pid, exitRecord: ExitRecord.path(runDir: store.runDir(id)))
        do {
            try store.saveState(current.config, state)
        } catch {
            kill(process.pid, SIGKILL)
            _ = try? process.wait()
            keeper?.recorded()
            throw error
        }
        process.forwardSignals()
        do {
            try process.release()
        } catch {
            let failure = (error as? ChildSetupError).map { Self.translate($0, command: current.config.command) }
                ?? HullError(.failure, "starting container \(id): \(error)", cause: error)
            _ = try? process.wait()
            lock.unlock()
            try finish(id, exitCode: failure.code.rawValue, error: failure.message, autoRemove: current.config.autoRemove)
            keeper?.recorded()
            throw failure
        }
        copyUp.finish()
        // Podman's pair: init (the process is set up), start (it runs).
        let events = EventLog(layout: layout)
        events.append(.container("init", current.config))
        events.append(.container("start", current.config))
        return process
    }

    /// Builds the spec and spawns the child, placed in its cgroup and its
    /// networks and waiting to be released. A failure leaves no process,
    /// no cgroup and no network attachment.
    private func launch(_ config: ContainerConfig, stdio: (Int32, Int32, Int32), parentDeathSignal: Int32,
                        consoleSocket: Int32, consoleSize: (UInt16, UInt16)?,
                        cgroupPath: inout String?) throws(HullError) -> SpawnedProcess {
        let id = config.id
        let images = ImageStore(layout: layout)
        let image = try images.load(images.requireByID(config.imageID))
        let networking = ContainerNetworking(layout: layout)
        let networks = config.networking?.networks ?? []
        // A pod's member needs its infra's namespaces to exist.
        try PodMembership.startInfra(of: config, layout: layout)
        // Addresses and /etc files first: the child mounts them.
        let network = try networking.prepare(config)
        var spec: IsolatedProcessSpec
        var placement: ContainerCgroup.Placement?
        var fuseMount: FuseOverlay.Mount?
        var podNamespaces: [Int32] = []
        defer { for fd in podNamespaces { close(fd) } }
        do {
            let overlay: RootOverlay
            (spec, overlay) = try ProcessSpecBuilder(layout: layout).build(config, image: image)
            fuseMount = overlay.fuseMount
            spec.freshMountNamespace = fuseMount != nil
            networking.apply(network, to: &spec)
            podNamespaces = try PodMembership.prepareStart(config, layout: layout, spec: &spec)
            spec.stdio = stdio
            spec.parentDeathSignal = parentDeathSignal
            spec.consoleSocket = consoleSocket
            spec.consoleSize = consoleSize
            placement = try ContainerCgroup.prepareForClone(id: id, limits: config.limits)
            cgroupPath = placement?.cgroupPath
            spec.cgroupDirectory = placement?.cloneInto
            spec.cgroupTaskFiles = placement?.taskFiles ?? []
        } catch {
            networking.release(id, networks: networks)
            throw error
        }
        var process: SpawnedProcess
        do {
            process = try IsolatedProcess.spawn(spec, early: earlyChild)
        } catch {
            if placement != nil { ContainerCgroup.remove(id: id, recorded: cgroupPath) }
            networking.release(id, networks: networks)
            throw HullError(.failure, "starting container \(id): \(error)", cause: error)
        }
        do {
            if let fuseMount {
                // Mounted in the child's namespaces before it may go on
                // to mount inside its root and pivot into it.
                try process.writeIDMaps()
                try FuseOverlay.start(fuseMount, pid: process.pid, userNamespace: config.idMappings != nil,
                                      runDir: store.runDir(id))
            }
            try process.proceed()
            // While the child builds its root: its namespace exists since clone.
            try networking.attach(network, pid: process.pid)
            // Born in its cgroup (v2) or joining by itself (v1). Moved in
            // while it makes its mounts when the kernel refused
            // CLONE_INTO_CGROUP. No placement: no cgroup this hull can
            // write (rootless), and create named the ignored limits.
            if placement?.cloneInto != nil && !process.startedInCgroup {
                try ContainerCgroup.join(id: id, cgroupPath: cgroupPath, pid: process.pid)
            }
        } catch {
            kill(process.pid, SIGKILL)
            _ = try? process.wait()
            FuseOverlay.stop(runDir: store.runDir(id))
            ContainerCgroup.remove(id: id, recorded: cgroupPath)
            networking.release(id, networks: networks)
            throw HullError.wrap(error, "starting container \(id)")
        }
        return process
    }

    /// `autoRemove`: the container's --rm, fixed at create, so the config
    /// need not be read again for it.
    func waitAndRecord(_ process: SpawnedProcess, _ id: String, autoRemove: Bool) throws(HullError) -> Int32 {
        let code: Int32
        let runDir = store.runDir(id)
        // The exit is written down first, where the next hull finds it
        // should this process die before the state is saved, or the state
        // cannot be saved. A --rm container then goes whatever its code.
        let writeDown: ((Int32) -> Void)? = autoRemove ? nil : { ExitRecord.write($0, runDir: runDir) }
        do {
            // A container on its way out is never started again: its
            // mounts may go while it is removed.
            code = try process.wait(unmountInBackground: autoRemove, exited: writeDown)
        } catch {
            throw HullError(.failure, "waiting for container \(id): \(error)", cause: error)
        }
        try finish(id, exitCode: code, error: nil, autoRemove: autoRemove)
        keeper?.recorded()
        PodMembership.memberExited(id, layout: layout)
        return code
    }

    /// Records the exit, or removes the container when it was made with --rm.
    func finish(_ id: String, exitCode: Int32, error: String?, autoRemove: Bool) throws(HullError) {
        let lock = try store.lock(id)
        defer { lock.unlock() }
        let recorded = try? store.loadRecorded(id)
        try finishLocked(id, recorded: recorded, exitCode: exitCode, finishedAt: Date(), error: error,
                         autoRemove: autoRemove)
        if recorded == nil {
            lock.unlock()
            store.forgetLock(id)
        }
    }

    /// finish, with the container's lock held by the caller.
    func finishLocked(_ id: String, recorded: Container?, exitCode: Int32, finishedAt: Date, error: String?,
                      autoRemove: Bool) throws(HullError) {
        let oomKilled = ContainerCgroup.tearDown(id: id, recorded: recorded?.state.cgroupPath)
        // Its root's daemon: the last holder of the container's mount namespace.
        FuseOverlay.stop(runDir: store.runDir(id))
        guard let container = recorded else {
            ContainerNetworking(layout: layout).release(id)
            return
        }
        ContainerNetworking(layout: layout).release(id, networks: container.config.networking?.networks ?? [])
        // Written by the exit's recorder (the monitor, a foreground hull, or
        // the next hull after a killed monitor), before a --rm removal.
        EventLog(layout: layout).append(.container("died", container.config, exitCode: exitCode))
        if autoRemove {
            try store.remove(container)
            VolumeStore(layout: layout).removeAnonymous(of: container.config)
            return
        }
        var state = container.state
        state.status = .exited
        state.exitCode = exitCode
        state.oomKilled = oomKilled
        state.pid = 0
        state.pidStartTime = nil
        state.finishedAt = finishedAt
        state.error = error
        // The recorder stays named: a monitor waiting out a restart
        // back-off is still the one to tell about a stop.
        try store.saveState(container.config, state)
        try? FileSystem.removeTree(store.runDir(id))
    }

    /// Exec failures keep Docker's exit codes: 127 not found, 126 not runnable.
    static func translate(_ e: ChildSetupError, command: [String]) -> HullError {
        let program = command.first ?? ""
        switch e.step {
        case .exec:
            if e.errno == ENOENT || e.errno == ENOTDIR {
                let place = program.contains("/") ? "" : " in $PATH"
                return HullError(.commandNotFound, "executable file \"\(program)\" not found\(place): no such file or directory")
            }
            return HullError(.cannotInvoke, "\"\(program)\": \(e.reason)")
        case .workdir:
            return HullError(.cannotInvoke, e.description)
        default:
            return HullError(.failure, "container setup failed: \(e.description)")
        }
    }
}
