import HullEngine
import HullLinux

/// down, stop, start and rm of a project's containers, found by labels.
extension Reconciler {
    /// `down`: the project's containers (dependents first), then its
    /// networks, and with `volumes` its named volumes. Works from labels,
    /// so it removes what an earlier `up` made even when the file changed.
    public func down(project: String, volumes: Bool, removeOrphans: Bool = true) throws(HullError) {
        let all = containers(of: project)
        try stopSideBySide(all.filter { $0.state.status == .running || $0.state.status == .paused })
        for c in all {
            try ContainerRemover(layout: layout).remove(c, force: true)
            report(" Container \(c.name)  Removed")
        }
        let manager = NetworkManager(layout: layout, config: try HullConfig.load(environment: hostEnvironment))
        for n in NetworkStore(layout: layout).list() where n.labels?[ComposeLabels.project] == project {
            _ = try manager.remove(n.name, force: false)
            report(" Network \(n.name)  Removed")
        }
        if volumes {
            let store = VolumeStore(layout: layout)
            for v in store.list() where v.labels[ComposeLabels.project] == project {
                try store.remove(v.name)
                report(" Volume \(v.name)  Removed")
            }
        }
    }

    public func stop(_ project: ComposeProject, services: [String], timeout: Int?) throws(HullError) {
        let names = Set(services)
        // Dependents stop before what they depend on.
        for s in try selection(project, []).reversed() where names.isEmpty || names.contains(s.name) {
            for c in containers(of: project.name) where c.composeService == s.name && (c.state.status == .running || c.state.status == .paused) {
                try ContainerLifecycle(layout: layout).stop(c, timeout: timeout ?? c.config.stopTimeout)
                report(" Container \(c.name)  Stopped")
            }
        }
    }

    public func start(_ project: ComposeProject, services: [String]) throws(HullError) {
        let names = Set(services)
        for s in try selection(project, []) where names.isEmpty || names.contains(s.name) {
            for c in containers(of: project.name) where c.composeService == s.name && !c.isOneOff
                && c.state.status != .running && c.state.status != .paused {
                try ContainerMonitorLauncher(layout: layout).startDetached(c)
                report(" Container \(c.name)  Started")
            }
        }
    }

    /// `rm`: stopped containers of the project (all of them with `stopFirst`).
    public func removeStopped(_ project: ComposeProject, services: [String], stopFirst: Bool) throws(HullError) {
        let names = Set(services)
        for c in containers(of: project.name) where names.isEmpty || names.contains(c.composeService ?? "") {
            let active = c.state.status == .running || c.state.status == .paused
            if active && !stopFirst { continue }
            try remove(c)
        }
    }

    /// Stops containers at the same time, so a project whose processes
    /// ignore SIGTERM waits one stop timeout, not one per container.
    func stopSideBySide(_ list: [Container]) throws(HullError) {
        guard !list.isEmpty else { return }
        let layout = self.layout
        // One slot per container, each written by its own thread only.
        let failures = UnsafeMutablePointer<HullError?>.allocate(capacity: list.count)
        failures.initialize(repeating: nil, count: list.count)
        defer { failures.deinitialize(count: list.count); failures.deallocate() }
        let slots = SendablePointer(failures)
        WorkerThreads.forEach(list.count, width: list.count) { i in
            do throws(HullError) {
                try ContainerLifecycle(layout: layout).stop(list[i], timeout: list[i].config.stopTimeout)
            } catch {
                slots.pointer[i] = error
            }
        }
        for (i, c) in list.enumerated() where failures[i] == nil { report(" Container \(c.name)  Stopped") }
        if let first = (0..<list.count).lazy.compactMap({ failures[$0] }).first { throw first }
    }
}

private struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<HullError?>
    init(_ p: UnsafeMutablePointer<HullError?>) { pointer = p }
}
