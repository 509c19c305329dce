#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Stores a step's result as an image (unnamed, as Podman's intermediate
/// images): the stage's config with one more history entry and, for RUN,
/// COPY and ADD, one more layer.
struct StepCommitter {
    let layout: StoreLayout
    /// hull's environment, for the helper that writes a rootless layer.
    var environment: [String: String] = [:]

    func commit(_ state: inout StageState, createdBy: String, layer: LayerStore.LayerRecord?) throws(HullError) {
        var config = state.config
        let now = Date()
        config.created = now
        if let layer { config.rootfs.diff_ids.append(layer.diffID) }
        var entry = ImageConfig.History(created: now, createdBy: createdBy, comment: nil)
        if layer == nil { entry.empty_layer = true }
        config.history = (config.history ?? []) + [entry]
        let record = try ImageStore(layout: layout).add(config: config, names: [], layerSizes: state.size + (layer?.size ?? 0))
        state.imageID = record.id
        state.config = config
        state.size = record.size
    }

    /// A directory in overlay form (a container's upper directory, or a
    /// staging tree of copied files) as a stored layer.
    func layer(from directory: String, skip: Set<String> = [], idMappings: ContainerIDMappings? = nil) throws(HullError) -> LayerStore.LayerRecord {
        try layout.prepare()
        let tar = layout.tmpDir + "/buildlayer-\(getpid())-\(Identifier.random().prefix(12)).tar"
        defer { unlink(tar) }
        if geteuid() != 0, let ids = idMappings, ids.isRootless {
            // Files of subordinate ids the user may not read: the layer is
            // written by hull in the user's namespace, as `commit` does.
            try NamespaceFileWork([.writeLayer(directory: directory, output: tar, skip: skip.sorted(),
                                               ids: ids.insideUserNamespace)])
                .run(layout: layout, environment: environment)
        } else {
            do {
                try LayerWriter.write(directory: directory, to: tar, skip: skip, idMappings: idMappings)
            } catch {
                throw HullError(.failure, "writing a layer: \(error.description)")
            }
        }
        return try store(tar)
    }

    /// A layer tar, unpacked into the layer store.
    func store(_ tar: String) throws(HullError) -> LayerStore.LayerRecord {
        let fd = open(tar, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw HullError(.failure, "reading \(tar): \(LinuxError("open").reason)") }
        defer { close(fd) }
        return try LayerStore(layout: layout).add(from: fd, source: tar)
    }
}
