#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// stop, kill and wait: signals to a container's process and waiting for
/// the exit its parent (a monitor or a foreground hull) records.
public struct ContainerLifecycle {
    public let layout: StoreLayout
    var store: ContainerStore { ContainerStore(layout: layout) }

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    static func isActive(_ status: ContainerState.Status) -> Bool {
        status == .running || status == .paused || status == .stopping
    }

    public static func parseSignal(_ text: String) throws(HullError) -> Int32 {
        // Podman takes "-INT" as "INT" (kill -s -INT).
        let name = text.hasPrefix("-") ? String(text.dropFirst()) : text
        guard let n = Signals.parse(name) else { throw HullError(.failure, "invalid signal: \(text)") }
        return n
    }

    /// Sends a signal to a running container's process.
    public func kill(_ container: Container, signal: Int32) throws(HullError) {
        let current = try store.load(container.id)
        guard Self.isActive(current.state.status) else {
            throw HullError(.failure, "can only kill running containers. \(current.id) is in state \(current.state.status.rawValue): container state improper")
        }
        try send(signal, to: current)
        EventLog(layout: layout).append(.container("kill", current.config))
    }

    private func send(_ signal: Int32, to container: Container) throws(HullError) {
        let s = container.state
        guard ProcessTable.isAlive(pid: s.pid, startTime: s.pidStartTime) else { return }
        if Glibc.kill(s.pid, signal) != 0 && errno != ESRCH {
            throw HullError(.failure, "sending \(Signals.name(signal)) to container \(container.id): \(LinuxError("kill").reason)")
        }
    }

    /// The stop signal, then SIGKILL after `timeout` seconds; returns once
    /// the exit is recorded. Stopping a stopped container is no error.
    public func stop(_ container: Container, timeout: Int?) throws(HullError) {
        let current = try store.load(container.id)
        // Marked even between restarts, so the monitor does not start it
        // again; `stopping` (as Podman) until the recorder writes the exit.
        if Self.isActive(current.state.status) || current.state.hasLiveRecorder {
            try markStoppedByUser(current.id, stopping: Self.isActive(current.state.status))
        }
        guard Self.isActive(current.state.status) else { return }
        let signal = Signals.parse(current.config.stopSignal ?? "SIGTERM") ?? SIGTERM
        let seconds = timeout ?? current.config.stopTimeout ?? 10
        if current.state.status == .paused { try send(SIGCONT, to: current) }
        try send(signal, to: current)
        let stopped = Event.container("stop", current.config)
        if try waitForExit(current.id, timeout: Double(seconds)) { EventLog(layout: layout).append(stopped); return }
        if seconds > 0 {
            Warning.emit("StopSignal \(Signals.name(signal)) failed to stop container \(current.name) in \(seconds) seconds, resorting to SIGKILL")
        }
        try send(SIGKILL, to: current)
        if try waitForExit(current.id, timeout: 10) { EventLog(layout: layout).append(stopped); return }
        throw HullError(.failure, "container \(current.id) did not exit after SIGKILL")
    }

    /// Stops the container and starts it again, detached (Podman's restart event).
    public func restart(_ container: Container, timeout: Int?) throws(HullError) {
        try stop(container, timeout: timeout)
        let current = try store.load(container.id)
        try ContainerMonitorLauncher(layout: layout).startDetached(current)
        EventLog(layout: layout).append(.container("restart", current.config))
    }

    /// Freezes every process of a running container (the freezer cgroup).
    public func pause(_ container: Container) throws(HullError) {
        try setFrozen(container, true)
    }

    public func unpause(_ container: Container) throws(HullError) {
        try setFrozen(container, false)
    }

    private func setFrozen(_ container: Container, _ frozen: Bool) throws(HullError) {
        let lock = try store.lock(container.id)
        defer { lock.unlock() }
        var c = try store.load(container.id)
        let from: ContainerState.Status = frozen ? .running : .paused
        guard c.state.status == from else {
            throw HullError(.failure, "\"\(c.name)\" is not \(frozen ? "running" : "paused"), can't \(frozen ? "pause" : "unpause"): container state improper")
        }
        guard let manager = ContainerCgroup.attach(c) else {
            throw HullError(.failure, "pausing needs the container's cgroup: " + ContainerCgroup.missingReason(c))
        }
        do {
            if frozen { try manager.freeze() } else { try manager.thaw() }
        } catch {
            throw HullError(.failure, "\(frozen ? "freezing" : "thawing") \(c.id): \(error)")
        }
        c.state.status = frozen ? .paused : .running
        try store.saveState(c.config, c.state)
        EventLog(layout: layout).append(.container(frozen ? "pause" : "unpause", c.config))
    }

    /// Tells the monitor not to apply the restart policy to this exit;
    /// `stopping`: the status reads `stopping` until the exit is recorded.
    func markStoppedByUser(_ id: String, stopping: Bool = false) throws(HullError) {
        let lock = try store.lock(id)
        defer { lock.unlock() }
        var c: Container
        do {
            c = try store.load(id)
        } catch {
            lock.unlock()
            store.forgetLock(id)
            throw error
        }
        c.state.stoppedByUser = true
        if stopping && Self.isActive(c.state.status) { c.state.status = .stopping }
        try store.saveState(c.config, c.state)
    }

    /// Polls until the container's exit is recorded (or it is gone).
    /// Returns false on timeout.
    func waitForExit(_ id: String, timeout: Double?) throws(HullError) -> Bool {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        var delay: UInt32 = 1000
        while true {
            guard let c = try? store.load(id) else { return true }
            // Done once the process is gone and nobody is left to write its
            // exit: its recorder (monitor or foreground hull) wrote it or died.
            if !Self.isActive(c.state.status) && (c.state.finishedAt != nil || !c.state.hasLiveRecorder) { return true }
            if let deadline, Date() >= deadline { return false }
            usleep(delay)
            delay = min(delay * 2, 50_000)
        }
    }

    /// Blocks until the container exits; returns its exit code. A container
    /// that was created and never started is not running: 0 at once, as
    /// Podman and Docker answer (waiting would never end).
    public func wait(_ container: Container) throws(HullError) -> Int32 {
        while true {
            guard let c = try store.find(container.id) else {
                throw HullError.noSuchContainer(container.id)
            }
            if c.state.status == .created { return 0 }
            if c.state.status == .exited {
                // Give the recorder its moment so the code is the real one.
                _ = try waitForExit(c.id, timeout: 1)
                return (try? store.load(c.id))?.state.exitCode ?? c.state.exitCode
            }
            usleep(20_000)
        }
    }
}
