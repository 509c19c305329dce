import HullLinux

/// `system reset`: everything of this store goes, as with Podman's —
/// containers (stopped first), images, volumes, networks but the default
/// (its bridge is the host's and comes back on demand), then the store's
/// directories, the event log with them.
public struct StoreReset {
    public let layout: StoreLayout
    public let config: HullConfig

    public init(layout: StoreLayout, config: HullConfig) {
        self.layout = layout
        self.config = config
    }

    /// Removes what it can; the last failure is thrown after the rest went.
    public func reset() throws(HullError) {
        var failure: HullError?
        let containers = ContainerStore(layout: layout)
        let remover = ContainerRemover(layout: layout)
        // A container another depends on goes after its dependents: each
        // pass removes those nothing left depends on.
        var left = containers.list()
        while !left.isEmpty {
            let dependencies = ContainerDependencies(left)
            let free = left.filter { dependencies.dependents(of: $0.id).isEmpty }
            guard !free.isEmpty else { break }
            for c in free {
                do { try remover.remove(c, force: true, volumes: true, dependencies: dependencies) } catch { failure = error }
            }
            let before = left.count
            left = containers.list()
            if left.count >= before { break }
        }
        let networks = NetworkManager(layout: layout, config: config)
        for n in NetworkStore(layout: layout).list() where n.name != config.defaultNetwork {
            do { _ = try networks.remove(n.name, force: true) } catch { failure = error }
        }
        let volumes = VolumeStore(layout: layout)
        for v in volumes.list() {
            do { try volumes.remove(v.name) } catch { failure = error }
        }
        do { _ = try ImageRemover(layout: layout).remove(nil, force: true, ignoreMissing: true) } catch { failure = error }
        for dir in [layout.root, layout.runroot] {
            do { try FileSystem.removeTree(dir) } catch {
                failure = HullError(.failure, "removing \(dir): \(error)", cause: error)
            }
        }
        if let failure { throw failure }
    }
}
