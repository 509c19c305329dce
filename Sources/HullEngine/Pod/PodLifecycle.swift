#if canImport(Glibc)
import Glibc
#endif

/// Pod verbs as their containers' verbs: the infra container starts
/// first and stops last, since the others live in its namespaces.
public struct PodLifecycle {
    public let layout: StoreLayout
    var store: PodStore { PodStore(layout: layout) }
    var containers: ContainerLifecycle { ContainerLifecycle(layout: layout) }

    public init(layout: StoreLayout) { self.layout = layout }

    private func reload(_ c: Container) -> Container? { try? ContainerStore(layout: layout).load(c.id) }

    public func start(_ pod: PodRecord) throws(HullError) {
        let members = store.members(of: pod)
        guard !members.isEmpty else {
            throw HullError(.failure, "no containers in pod \(pod.id) have no dependencies, cannot start pod: no such container")
        }
        let launcher = ContainerMonitorLauncher(layout: layout)
        for c in members {
            guard let now = reload(c), now.state.status == .created || now.state.status == .exited else { continue }
            try launcher.startDetached(now)
        }
    }

    /// Members first, the infra container last.
    public func stop(_ pod: PodRecord, timeout: Int?) throws(HullError) {
        for c in store.members(of: pod).reversed() {
            guard let now = reload(c), now.state.status == .running || now.state.status == .paused else { continue }
            try containers.stop(now, timeout: timeout)
        }
    }

    public func kill(_ pod: PodRecord, signal: Int32) throws(HullError) {
        let running = store.members(of: pod).compactMap(reload).filter { $0.state.status == .running }
        for c in running.reversed() { try containers.kill(c, signal: signal) }
    }

    public func pause(_ pod: PodRecord, frozen: Bool) throws(HullError) {
        for c in store.members(of: pod) {
            guard let now = reload(c) else { continue }
            if frozen && now.state.status == .running { try containers.pause(now) }
            if !frozen && now.state.status == .paused { try containers.unpause(now) }
        }
    }

    /// Without `force` a pod with running containers stays, in Podman's words.
    public func remove(_ pod: PodRecord, force: Bool, timeout: Int?) throws(HullError) {
        let members = store.members(of: pod)
        if !force, members.compactMap(reload).contains(where: { $0.state.status == .running || $0.state.status == .paused }) {
            throw HullError(.failure, "pod \(pod.id) has containers that are not ready to be removed: cannot remove container \(members[0].id) as it is running - running or paused containers cannot be removed without force: container state improper")
        }
        let remover = ContainerRemover(layout: layout)
        for c in members.reversed() where c.config.infra != true {
            guard let now = reload(c) else { continue }
            try remover.remove(now, force: true, stopTimeout: timeout)
        }
        // The record first: a pod rm killed here leaves an infra container
        // that plain `rm` removes.
        try store.remove(pod)
        for c in members where c.config.infra == true {
            guard let now = reload(c) else { continue }
            try remover.remove(now, force: true, stopTimeout: timeout)
        }
    }
}
