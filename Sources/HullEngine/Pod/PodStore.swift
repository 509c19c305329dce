import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Pods on disk: one `pods/<id>/pod.json` each, written atomically; names
/// are reserved under the store lock, so two creates of one name give one pod.
public struct PodStore {
    public let layout: StoreLayout

    public init(layout: StoreLayout) { self.layout = layout }

    var dir: String { layout.root + "/pods" }
    func path(_ id: String) -> String { dir + "/" + id + "/pod.json" }

    public static func noSuchPod(_ text: String) -> HullError {
        HullError(.failure, "no pod with name or ID \(text) found: no such pod")
    }

    public func list() -> [PodRecord] {
        let ids = ((try? FileSystem.list(dir)) ?? []).filter(Identifier.isFullID)
        return ids.compactMap { try? JSONFile.read(PodRecord.self, from: path($0)) }.sorted { $0.created < $1.created }
    }

    /// By full id, name, or unique id prefix.
    public func find(_ text: String) throws(HullError) -> PodRecord? {
        let all = list()
        if let p = all.first(where: { $0.id == text || $0.name == text }) { return p }
        guard Identifier.isHexPrefix(text) else { return nil }
        let matches = all.filter { $0.id.hasPrefix(text) }
        if matches.count > 1 { throw HullError(.failure, "more than one result for pod \"\(text)\"") }
        return matches.first
    }

    public func require(_ text: String) throws(HullError) -> PodRecord {
        guard let p = try find(text) else { throw Self.noSuchPod(text) }
        return p
    }

    /// Writes a new pod; refuses a name any pod or container already has.
    public func create(_ pod: PodRecord) throws(HullError) {
        try layout.prepare()
        let lock = try layout.lock()
        defer { lock.unlock() }
        if list().contains(where: { $0.name == pod.name }) {
            throw HullError(.failure, "adding pod to state: name \"\(pod.name)\" is in use: pod already exists")
        }
        try save(pod)
    }

    public func save(_ pod: PodRecord) throws(HullError) {
        do {
            try FileSystem.makeDirectories(dir + "/" + pod.id, mode: 0o700)
        } catch {
            throw HullError(.failure, "creating pod: \(error)", cause: error)
        }
        try JSONFile.write(pod, to: path(pod.id))
    }

    /// The pod's own lock, held while its infra container is made.
    func lock(_ pod: PodRecord) throws(HullError) -> FileLock {
        do {
            return try FileLock(path: dir + "/" + pod.id + "/lock")
        } catch {
            throw HullError(.failure, "locking pod \(pod.name): \(error)", cause: error)
        }
    }

    public func remove(_ pod: PodRecord) throws(HullError) {
        do {
            try FileSystem.removeTree(dir + "/" + pod.id)
        } catch {
            throw HullError(.failure, "removing pod \(pod.id): \(error)", cause: error)
        }
    }

    /// The pod's containers, the infra container first, then by creation.
    public func members(of pod: PodRecord) -> [Container] {
        let all = ContainerStore(layout: layout).list().filter { $0.config.pod == pod.id }
            .sorted { $0.config.created < $1.config.created }
        return all.filter { $0.id == pod.infraContainerID } + all.filter { $0.id != pod.infraContainerID }
    }

    public func status(of pod: PodRecord) -> String {
        PodStatus.derive(members(of: pod).map(\.state.status))
    }

    /// An infra container goes with its pod only (`pod rm` removes the
    /// record before it), as in Podman: the members live in its namespaces.
    func refuseInfraRemoval(_ config: ContainerConfig) throws(HullError) {
        guard config.infra == true, let podID = config.pod, FileSystem.exists(path(podID)) else { return }
        throw HullError(.failure, "container \(config.id) is the infra container of pod \(podID) and cannot be removed without removing the pod")
    }
}
