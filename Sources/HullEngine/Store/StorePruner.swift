import HullLinux

/// `system prune`: stopped containers, networks no container uses, images
/// without a name (every unused image with `allImages`), unused volumes on
/// request, and whatever crashed hulls left behind (image prune sweeps it);
/// with the bytes all that freed.
public struct StorePruner {
    public let layout: StoreLayout
    public let config: HullConfig

    public init(layout: StoreLayout, config: HullConfig) {
        self.layout = layout
        self.config = config
    }

    public struct Report: Sendable {
        public var containers: [String] = []
        public var networks: [String] = []
        public var volumes: [String] = []
        public var images: [String] = []
        public var reclaimedBytes: Int64 = 0
        /// The last failure; the other removals went ahead.
        public var failure: HullError?
    }

    public func prune(allImages: Bool, volumes: Bool) -> Report {
        var report = Report()
        let before = FileSystem.diskUsage(layout.root)
        let remover = ContainerRemover(layout: layout)
        for c in ContainerStore(layout: layout).list() where (c.state.status == .exited || c.state.status == .created) && c.config.infra != true {
            do { if try remover.remove(c, force: false) { report.containers.append(c.id) } } catch { report.failure = error }
        }
        do { report.networks = try NetworkManager(layout: layout, config: config).prune() } catch { report.failure = error }
        if volumes {
            let store = VolumeStore(layout: layout)
            do {
                let lock = try store.lock()
                defer { lock.unlock() }
                for v in store.list() where store.users(of: v.name).isEmpty {
                    do { try store.remove(v.name); report.volumes.append(v.name) } catch { report.failure = error }
                }
            } catch {
                report.failure = error
            }
        }
        do { report.images = try ImageRemover(layout: layout).prune(all: allImages) } catch { report.failure = error }
        report.reclaimedBytes = max(0, before - FileSystem.diskUsage(layout.root))
        return report
    }
}
