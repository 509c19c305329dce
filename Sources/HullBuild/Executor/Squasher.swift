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

/// `--squash-all`: the built image as a single layer, its files as the
/// merged view of all its layers shows them (whiteouts applied, owners
/// and modes kept), with one history entry.
struct Squasher {
    let layout: StoreLayout

    func squashAll(_ state: StageState) throws(HullError) -> StageState {
        let tree = LayeredTree(diffIDs: state.config.rootfs.diff_ids, layout: layout)
        var items: [CopyItem] = []
        if let (host, st) = tree.locate("/") {
            do {
                items = try CopyPlanner(origin: .image(tree), owner: nil, chmod: nil)
                    .plan(sources: [FoundSource(name: "/", path: "/", hostPath: host, stat: st)], destination: "/",
                          destinationIsDirectory: true)
            } catch {
                throw HullError(.failure, "squashing the image: \(error.message)")
            }
        }
        let tar = layout.tmpDir + "/buildlayer-\(getpid())-\(Identifier.random().prefix(12)).tar"
        defer { unlink(tar) }
        try CopyLayerWriter(image: LayeredTree(directories: []), createdOwner: nil).write(items, to: tar)
        let layer = try StepCommitter(layout: layout).store(tar)
        var squashed = state
        let now = Date()
        squashed.config.created = now
        squashed.config.rootfs = .init(diffIDs: [layer.diffID])
        squashed.config.history = [ImageConfig.History(created: now, createdBy: "/bin/sh -c #(nop) squashed", comment: nil)]
        let record = try ImageStore(layout: layout).add(config: squashed.config, names: [], layerSizes: layer.size)
        squashed.imageID = record.id
        squashed.size = record.size
        return squashed
    }
}
