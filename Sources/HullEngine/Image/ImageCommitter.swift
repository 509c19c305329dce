#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `commit`: a container's changes become a new layer on top of its
/// image's, with the container's settings as the new image's config.
public struct ImageCommitter {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public struct Options: Sendable {
        public var name: String?
        public var changes: [String] = []
        public var message: String?
        public var author: String?
        public init() {}
    }

    public func commit(_ container: Container, _ options: Options) throws(HullError) -> ImageRecord {
        let qualified = try options.name.map { (n) throws(HullError) in try ImageReference.parse(n, defaultRegistry: "localhost").description }
        let images = ImageStore(layout: layout)
        let base = try images.load(try images.requireByID(container.config.imageID))
        var defaults = base.defaults
        // The container's own settings, as Podman commits them.
        defaults.Env = container.config.env.filter { !$0.hasPrefix("HOSTNAME=") }
        defaults.Entrypoint = container.config.entrypoint.isEmpty ? nil : container.config.entrypoint
        defaults.Cmd = container.config.cmd.isEmpty ? nil : container.config.cmd
        defaults.WorkingDir = container.config.workingDir
        defaults.User = container.config.user.isEmpty ? nil : container.config.user
        defaults.Labels = container.config.labels.isEmpty ? nil : container.config.labels
        for change in options.changes { try ConfigChange.apply(change, to: &defaults) }

        try layout.prepare()
        layout.sweepTmp()
        let tar = layout.tempPath("commit", container.id.prefix(12) + ".tar")
        defer { unlink(tar) }
        let upper = ContainerStore(layout: layout).upperDir(container.id)
        if geteuid() != 0, let ids = container.config.idMappings, ids.isRootless {
            // Files of subordinate ids the user may not read: the layer is
            // written by hull in the user's namespace.
            try NamespaceFileWork([.writeLayer(directory: upper, output: tar, skip: ContainerChanges.ignored.sorted(),
                                               ids: ids.insideUserNamespace)])
                .run(layout: layout, environment: ProcessInfo.processInfo.environment)
        } else {
            do {
                try LayerWriter.write(directory: upper, to: tar, skip: ContainerChanges.ignored, idMappings: container.config.idMappings)
            } catch {
                throw HullError(.failure, "committing \(container.id): \(error.description)")
            }
        }
        let fd = open(tar, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw HullError(.failure, "reading \(tar): \(LinuxError("open").reason)") }
        defer { close(fd) }
        let layer = try LayerStore(layout: layout).add(from: fd, source: tar)

        let now = Date()
        var config = base.config
        config.created = now
        config.author = options.author ?? config.author
        config.config = defaults
        config.rootfs.diff_ids.append(layer.diffID)
        config.history = (config.history ?? []) + [ImageConfig.History(created: now, createdBy: "hull commit", comment: options.message)]
        let record = try images.add(config: config, names: qualified.map { [$0] } ?? [], layerSizes: base.record.size + layer.size)
        // Podman records a commit as the container's event.
        EventLog(layout: layout).append(.container("commit", container.config))
        return record
    }
}

extension Container {
    var imageName: String { config.imageName }
}
