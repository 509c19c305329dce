import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `rm`: stops a container's process when forced, then deletes its files.
/// Repeating an interrupted removal finishes it.
public struct ContainerRemover {
    public let layout: StoreLayout
    var store: ContainerStore { ContainerStore(layout: layout) }

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// `volumes`: also the container's anonymous volumes (`rm -v`).
    /// `stopTimeout`: stop it as `stop -t N` would (the stop signal first)
    /// instead of at once with SIGKILL. `dependencies`: the store's
    /// containers, when the caller already read them.
    /// Returns false when another process removed it first: of several
    /// concurrent removers exactly one returns true.
    @discardableResult
    public func remove(_ container: Container, force: Bool, volumes: Bool = false, stopTimeout: Int? = nil,
                       dependencies: ContainerDependencies? = nil) throws(HullError) -> Bool {
        guard let current = try? store.load(container.id) else { return false }
        try PodStore(layout: layout).refuseInfraRemoval(current.config)
        let dependents = (dependencies ?? ContainerDependencies(store.list())).dependents(of: current.id)
            .filter { store.exists($0.id) }
        if !dependents.isEmpty {
            throw HullError(.failure, "container \(current.id) has dependent containers which must be removed before it: \(dependents.map(\.id).joined(separator: ", ")): container already exists")
        }
        let state = current.state
        if state.status == .running || state.status == .paused || state.status == .stopping {
            guard force else {
                throw HullError(.inUse, "cannot remove container \(current.id) as it is \(state.status.rawValue) - running or paused containers cannot be removed without force: container state improper")
            }
            if let stopTimeout, stopTimeout > 0 {
                try ContainerLifecycle(layout: layout).stop(current, timeout: stopTimeout)
            }
            // No restart policy may bring it back while it is removed.
            do {
                try ContainerLifecycle(layout: layout).markStoppedByUser(current.id)
            } catch {
                if !store.exists(current.id) { return false }
                throw error
            }
            // Without the lock: the monitor takes it to record the exit,
            // and waiting for the monitor while holding it would deadlock.
            try kill(pid: state.pid, startTime: state.pidStartTime)
            waitForRecorder(state)
        }
        let lock = try store.lock(container.id)
        defer { lock.unlock() }
        guard let latest = try? store.load(container.id) else {
            lock.unlock()
            store.forgetLock(container.id)
            return false
        }
        if latest.state.status == .running && ProcessTable.isAlive(pid: latest.state.pid, startTime: latest.state.pidStartTime) {
            // Restarted meanwhile (a restart policy): go round again.
            lock.unlock()
            return try remove(latest, force: force, volumes: volumes)
        }
        ContainerCgroup.remove(id: latest.id, recorded: latest.state.cgroupPath)
        // After kill -9 of the container and its hull nobody else will.
        ContainerNetworking(layout: layout).release(latest.id)
        FuseOverlay.stop(runDir: store.runDir(latest.id))
        try store.remove(latest)
        if volumes { VolumeStore(layout: layout).removeAnonymous(of: latest.config) }
        // Whatever an interrupted earlier rm (or create) left behind.
        layout.sweepTmp()
        return true
    }

    /// The monitor records the exit and closes the log (or, the monitor
    /// killed, its keeper does); removing the files under it would race
    /// with that, so give it a moment to finish.
    func waitForRecorder(_ state: ContainerState) {
        let recorders = [(state.recorderPid, state.recorderStartTime), (state.keeperPid, state.keeperStartTime)]
        for case let (pid?, startTime) in recorders where pid != getpid() {
            for _ in 0..<400 where ProcessTable.isAlive(pid: pid, startTime: startTime) {
                usleep(5000)
            }
        }
    }

    /// SIGKILL, then wait until the kernel has torn the process down.
    func kill(pid: Int32, startTime: UInt64?) throws(HullError) {
        guard ProcessTable.isAlive(pid: pid, startTime: startTime) else { return }
        Glibc.kill(pid, SIGKILL)
        for _ in 0..<1000 {
            if !ProcessTable.isAlive(pid: pid, startTime: startTime) { return }
            usleep(5000)
        }
        throw HullError(.failure, "container process \(pid) did not exit after SIGKILL")
    }
}
