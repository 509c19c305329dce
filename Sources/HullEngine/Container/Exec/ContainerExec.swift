import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `exec`: a new process inside a running container's namespaces, with the
/// container's environment, user and working directory unless overridden.
public struct ContainerExec {
    public struct Options: Sendable {
        public var command: [String]
        public var env: [String] = []
        public var user: String?
        public var workdir: String?
        public var interactive = false
        public var detach = false
        public var tty = false
        /// Typed by the user of an interactive session, they detach hull
        /// from it and leave the process running.
        public var detachKeys = DetachKeys.default

        public init(command: [String]) {
            self.command = command
        }
    }

    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// Runs the command; returns its exit code (0 at once with `detach`,
    /// and when the user detaches an interactive session).
    public func run(_ container: Container, _ options: Options, hostEnvironment: [String: String]) throws(HullError) -> Int32 {
        let c = try Self.requireRunning(container.id, layout: layout)
        guard !options.command.isEmpty else { throw HullError(.failure, "must provide a non-empty command to start an exec session") }
        if Self.canDetach(options) {
            // The session must outlive this hull when the user detaches: a
            // monitor is its parent, as conmon is for Podman's exec.
            var request = options
            request.env = ContainerEnvironment.expandUserEnv(options.env, host: hostEnvironment)
            EventLog(layout: layout).append(.container("exec", c.config))
            return try ExecSessionClient(layout: layout).run(c, request)
        }
        let devNull = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { if devNull >= 0 { close(devNull) } }
        let console: ConsoleSocket? = options.tty && !options.detach ? try ConsoleSocket() : nil
        let stdio = options.detach ? (devNull, devNull, devNull) : (options.interactive ? 0 : devNull, 1, 2)
        let process = try spawn(c, options, hostEnvironment: hostEnvironment, stdio: stdio,
                                console: console.map { ($0, Terminal.windowSize(0)) },
                                parentDeathSignal: options.detach ? 0 : SIGKILL, forwardSignals: !options.detach)
        let events = EventLog(layout: layout)
        events.append(.container("exec", c.config))
        if options.detach { return 0 }
        if let console, let master = console.receive() {
            TerminalRelay(master: master, forwardInput: options.interactive).run()
            close(master)
        }
        let code: Int32
        do {
            code = try process.wait()
        } catch {
            throw HullError(.failure, "waiting for exec session: \(error)", cause: error)
        }
        events.append(.container("exec_died", c.config, exitCode: code))
        return code
    }

    /// Whether the user can type the detach keys: only then does the
    /// session need a monitor; everything else keeps the direct, fast path.
    static func canDetach(_ options: Options) -> Bool {
        options.interactive && !options.detach && !options.detachKeys.bytes.isEmpty
            && (options.tty || Terminal.isTerminal(0))
    }

    /// The container, as stored now, if an exec session can join it.
    static func requireRunning(_ id: String, layout: StoreLayout) throws(HullError) -> Container {
        let c = try ContainerStore(layout: layout).load(id)
        guard c.state.status == .running, ProcessTable.isAlive(pid: c.state.pid, startTime: c.state.pidStartTime) else {
            let why = c.state.status == .paused ? "container is paused" : "container state improper"
            throw HullError(.failure, "can only create exec sessions on running containers: \(why)")
        }
        return c
    }

    /// Starts the command in the container's namespaces and cgroup with
    /// these stdio descriptors (or a new terminal, handed back over the
    /// console socket at the given size); returns it running.
    func spawn(_ c: Container, _ options: Options, hostEnvironment: [String: String], stdio: (Int32, Int32, Int32),
               console: (ConsoleSocket, (UInt16, UInt16)?)?, parentDeathSignal: Int32,
               forwardSignals: Bool) throws(HullError) -> SpawnedProcess {
        let pid = c.state.pid
        // The live root file system: the image's files as the container changed them.
        let root = LayeredFiles.live(c, layout: layout)
        let user = try UserResolver(files: root).resolve(options.user ?? c.config.user)

        var fds: [Int32] = []
        defer { fds.forEach { close($0) } }
        let pidNamespace: Int32
        do {
            pidNamespace = try Namespace.open(pid: pid, "pid")
            fds.append(pidNamespace)
            // The user namespace first: it owns the others, and joining it
            // gives the capabilities to join them. Mount last: once in it,
            // the other /proc paths would no longer resolve on the host.
            for name in (c.config.idMappings == nil ? [] : ["user"]) + ["ipc", "uts", "net", "cgroup", "mnt"] {
                fds.append(try Namespace.open(pid: pid, name))
            }
        } catch {
            throw HullError(.failure, "joining container \(c.id): \(error)", cause: error)
        }

        var spec = IsolatedProcessSpec()
        let rootless = c.config.idMappings?.isRootless == true
        if rootless {
            // An unprivileged hull may not enter the PID namespace itself:
            // the child does, once in the user namespace that owns it, and
            // stays as a small init (relaying signals and the exit status)
            // for the command it forks there.
            spec.joinNamespaceFDs = [fds[1], pidNamespace] + fds.dropFirst(2)
            spec.runInit = true
        } else {
            spec.joinNamespaceFDs = Array(fds.dropFirst())
        }
        spec.createWorkdir = false
        spec.workdir = options.workdir ?? c.config.workingDir
        spec.argv = options.command
        var env = ContainerEnvironment.merge(c.config.env, ContainerEnvironment.expandUserEnv(options.env, host: hostEnvironment))
        if ContainerEnvironment.value("HOME", in: env) == nil { env.append("HOME=" + user.home) }
        spec.env = env
        spec.pathDirectories = (ContainerEnvironment.value("PATH", in: env) ?? ContainerEnvironment.defaultPath)
            .split(separator: ":").map(String.init)
        spec.uid = user.uid
        spec.gid = user.gid
        spec.groups = user.additionalGids
        spec.stdio = stdio
        spec.parentDeathSignal = parentDeathSignal
        // The same fence as the container's own process.
        try SecuritySettings(config: c.config, layout: layout).apply(to: &spec)
        if let (socket, size) = console {
            spec.stdio = (-1, -1, -1)
            spec.consoleSocket = socket.childEnd
            spec.consoleSize = size
            if ContainerEnvironment.value("TERM", in: spec.env) == nil { spec.env.append("TERM=xterm") }
        }

        // Into the container's cgroup as it is born or by itself, not moved.
        let placement = ContainerCgroup.placementForJoining(c)
        spec.cgroupDirectory = placement?.cloneInto
        spec.cgroupTaskFiles = placement?.taskFiles ?? []

        var process: SpawnedProcess
        do {
            if !rootless { try Namespace.enterForChildren(pidNamespaceFD: pidNamespace) }
            process = try IsolatedProcess.spawn(spec)
        } catch {
            throw HullError(.failure, "starting exec session in \(c.id): \(error)", cause: error)
        }
        do {
            if placement?.cloneInto != nil && !process.startedInCgroup {
                try ContainerCgroup.join(c, pid: process.pid)
            }
        } catch {
            kill(process.pid, SIGKILL)
            _ = try? process.wait()
            throw error
        }
        if forwardSignals { process.forwardSignals() }
        do {
            try process.release()
        } catch {
            _ = try? process.wait()
            if let e = error as? ChildSetupError { throw ContainerRunner.translate(e, command: options.command) }
            throw HullError(.failure, "exec in \(c.id): \(error)", cause: error)
        }
        return process
    }
}
