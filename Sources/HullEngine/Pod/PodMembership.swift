import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// How a container joins a pod: at create it takes the infra container's
/// network (as `--network container:` does) and hostname; at start it
/// joins the infra's ipc, uts and pid namespaces by setns instead of
/// making its own.
public struct PodMembership {
    public let layout: StoreLayout
    public let hostEnvironment: [String: String]

    public init(layout: StoreLayout, hostEnvironment: [String: String]) {
        self.layout = layout
        self.hostEnvironment = hostEnvironment
    }

    /// Rewrites a member's options for its pod; returns the pod's id.
    /// The infra container is made here with the pod's first member.
    func join(_ options: inout CreateOptions, image: ImageRecord) throws(HullError) -> String? {
        guard let text = options.pod, !options.podInfra else { return nil }
        let pods = PodStore(layout: layout)
        var pod: PodRecord
        let isNew = text.hasPrefix("new:")
        if isNew {
            pod = PodRecord.new(name: String(text.dropFirst(4)))
        } else {
            pod = try pods.require(text)
        }
        let shares = Set(pod.share)
        if pod.infra && shares.contains("uts") && options.hostname != nil {
            throw HullError(.failure, "invalid config provided: cannot set hostname when joining the pod UTS namespace: invalid configuration")
        }
        if pod.infra && shares.contains("net") {
            if !options.networking.publish.isEmpty || options.networking.publishAll {
                throw HullError(.failure, "invalid config provided: published or exposed ports must be defined when the pod is created: network cannot be configured when it is shared with a pod")
            }
            if !options.networking.network.isEmpty {
                throw HullError(.failure, "invalid config provided: networks must be defined when the pod is created: network cannot be configured when it is shared with a pod")
            }
        }
        // Made once the member's flags passed: a refusal makes no pod.
        if isNew { try pods.create(pod) }
        guard pod.infra else { return pod.id }
        let infra = try ensureInfra(&pod, image: image)
        if shares.contains("net") { options.networking.network = ["container:" + infra.id] }
        if shares.contains("uts") { options.hostname = infra.config.hostname }
        return pod.id
    }

    /// The pod's infra container, made now from `image` if it has none yet.
    func ensureInfra(_ pod: inout PodRecord, image: ImageRecord) throws(HullError) -> Container {
        let containers = ContainerStore(layout: layout)
        if let id = pod.infraContainerID, let c = try? containers.load(id) { return c }
        // Two first members created at once make one infra container.
        let store = PodStore(layout: layout)
        let lock = try store.lock(pod)
        defer { lock.unlock() }
        if let fresh = try? JSONFile.read(PodRecord.self, from: store.path(pod.id)) { pod = fresh }
        if let id = pod.infraContainerID, let c = try? containers.load(id) { return c }
        var options = CreateOptions(image: image.id)
        options.name = String(pod.id.prefix(12)) + "-infra"
        options.hostname = pod.hostname ?? pod.name
        options.networking.publish = pod.publish
        options.networking.network = pod.network
        options.pod = pod.id
        options.podInfra = true
        // Never run: the infra's PID 1 is hull's init with no command.
        options.entrypoint = ["/pause"]
        let infra = try ContainerCreator(layout: layout, hostEnvironment: hostEnvironment).create(options, image: image)
        pod.infraContainerID = infra.id
        try PodStore(layout: layout).save(pod)
        return infra
    }

    /// Before a member starts: its infra runs, and the namespaces to join.
    /// Returns the namespace files opened (the caller closes them).
    static func prepareStart(_ config: ContainerConfig, layout: StoreLayout,
                             spec: inout IsolatedProcessSpec) throws(HullError) -> [Int32] {
        guard let podID = config.pod, config.infra != true,
              let pod = try? JSONFile.read(PodRecord.self, from: PodStore(layout: layout).path(podID)),
              pod.infra, let infra = try? ContainerStore(layout: layout).load(pod.infraContainerID ?? "") else { return [] }
        guard infra.state.status == .running || infra.state.status == .paused else {
            throw HullError(.failure, "cannot start container \(config.id): the infra container of pod \(pod.name) is not running")
        }
        var fds: [Int32] = []
        for (share, flag) in [("ipc", Namespace.ipc), ("uts", Namespace.uts), ("pid", Namespace.pid)] where pod.share.contains(share) {
            do {
                fds.append(try Namespace.open(pid: infra.state.pid, share))
            } catch {
                for fd in fds { close(fd) }
                throw HullError(.failure, "joining the \(share) namespace of pod \(pod.name): \(error)", cause: error)
            }
            spec.cloneFlags &= ~flag
            if share == "uts" { spec.hostname = nil }
        }
        spec.joinNamespaceFDs += fds
        return fds
    }

    /// Starts the pod's infra container (detached) when a member is started.
    static func startInfra(of config: ContainerConfig, layout: StoreLayout) throws(HullError) {
        guard let podID = config.pod, config.infra != true,
              let pod = try? JSONFile.read(PodRecord.self, from: PodStore(layout: layout).path(podID)),
              let id = pod.infraContainerID, let infra = try? ContainerStore(layout: layout).load(id),
              infra.state.status == .created || infra.state.status == .exited else { return }
        try ContainerMonitorLauncher(layout: layout).startDetached(infra)
    }

    /// `--exit-policy stop`: the pod's last member to exit stops its infra
    /// container, as Podman does; "continue" keeps it.
    static func memberExited(_ id: String, layout: StoreLayout) {
        let containers = ContainerStore(layout: layout)
        guard let member = try? containers.load(id), let podID = member.config.pod, member.config.infra != true,
              let pod = try? JSONFile.read(PodRecord.self, from: PodStore(layout: layout).path(podID)),
              pod.exitPolicy == "stop", let infraID = pod.infraContainerID else { return }
        let others = PodStore(layout: layout).members(of: pod).filter { $0.config.infra != true }
        guard !others.contains(where: { $0.state.status == .running || $0.state.status == .paused }),
              let infra = try? containers.load(infraID), infra.state.status == .running else { return }
        try? ContainerLifecycle(layout: layout).stop(infra, timeout: nil)
    }
}
