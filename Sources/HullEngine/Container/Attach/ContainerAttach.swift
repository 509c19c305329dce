import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// attach, start -a and run -i: a hull process attached to a container
/// that its monitor runs, so the container outlives a detach.
public struct ContainerAttach {
    public let layout: StoreLayout
    var store: ContainerStore { ContainerStore(layout: layout) }

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// Starts a created or exited container under a monitor, attached from
    /// its first output; its terminal (if any) starts at the caller's size.
    public func start(_ container: Container, keepStdin: Bool) throws(HullError) -> Int32 {
        var options = ContainerMonitor.Options()
        options.keepStdin = keepStdin
        if container.config.tty == true { options.consoleSize = Terminal.windowSize(0) }
        return try ContainerMonitorLauncher(layout: layout).startAttached(container, options: options)
    }

    /// Connects to the attach socket of a running container's monitor.
    public func connect(_ container: Container) throws(HullError) -> Int32 {
        var delay: UInt32 = 1000
        while true {
            let current = try store.load(container.id)
            guard current.state.status == .running || current.state.status == .paused else {
                throw HullError(.failure, "you can only attach to running containers")
            }
            let fd = hull_attach_connect(store.runDir(current.id))
            if fd >= 0 { return fd }
            // A monitor makes its socket just after the container starts;
            // a container run in the foreground by hull itself has none.
            let missing = -fd == ENOENT || -fd == ECONNREFUSED
            if !missing {
                throw HullError(.failure, "attaching to \(current.id): \(LinuxError("connect", errno: -fd).reason)")
            }
            if delay > 256_000 {
                throw HullError(.failure, "container \(current.id) has no attach socket: it runs in the foreground of another hull")
            }
            usleep(delay)
            delay *= 2
        }
    }

    /// Relays until the container exits (its exit code) or the user
    /// detaches (nil).
    public func relay(_ container: Container, connection: Int32, options: AttachClient.Options) throws(HullError) -> Int32? {
        var options = options
        if options.proxySignalsTo != nil { options.proxySignalsTo = (try? store.load(container.id))?.state.pid }
        EventLog(layout: layout).append(.container("attach", container.config))
        let outcome = AttachClient(connection: connection, options: options).run()
        switch outcome {
        case .exited(let code): return code
        case .detached: return nil
        case .hungUp:
            // The monitor ended without a word (killed): the state tells.
            guard (try? store.find(container.id)) != nil else { return 125 }
            return try ContainerLifecycle(layout: layout).wait(container)
        }
    }
}
