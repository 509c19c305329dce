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

/// `--squash-all`: the image as a single layer, its files as the merged
/// view of all its layers shows them. `--squash`: the FROM image's layers
/// kept, everything the build added as one layer on them, deletions of
/// the base's files carried as whiteouts.
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
        return try store(items, on: state, keepLayers: 0, keepHistory: 0, base: LayeredTree(directories: []))
    }

    func squashNew(_ state: StageState) throws(HullError) -> StageState {
        let ids = state.config.rootfs.diff_ids
        guard ids.count > state.baseLayers + 1 else { return state }
        let layers = LayerStore(layout: layout)
        let base = LayeredTree(diffIDs: Array(ids.prefix(state.baseLayers)), layout: layout)
        let added = ids.dropFirst(state.baseLayers).reversed().map { layers.diffDirectory($0) }
        var items: [CopyItem] = []
        walk("", layers: added[...], base: base, into: &items)
        return try store(items, on: state, keepLayers: state.baseLayers, keepHistory: state.baseHistory, base: base)
    }

    /// The entries the added layers (topmost first) have at a directory,
    /// the topmost layer's deciding each name; a whiteout of something the
    /// base has becomes a whiteout entry, an opaque directory an opaque mark.
    private func walk(_ path: String, layers: ArraySlice<String>, base: LayeredTree, into items: inout [CopyItem]) {
        var decided = Set<String>()
        for (offset, dir) in layers.enumerated() {
            let here = dir + path
            var st = stat()
            guard lstat(here.isEmpty ? "/" : here, &st) == 0 else { continue }
            // A file or a whiteout here hides the lower layers' directory.
            guard (st.st_mode & S_IFMT) == S_IFDIR else { break }
            for name in ((try? FileSystem.list(here)) ?? []).sorted() {
                var entry = stat()
                guard lstat(here + "/" + name, &entry) == 0 else { continue }
                switch OverlayWhiteout.classify(name, entry) {
                case .opaqueMark:
                    continue
                case .deletes(let gone):
                    if decided.insert(gone).inserted, base.locate(path + "/" + gone) != nil {
                        items.append(marker(path + "/" + LayerMarkers.whiteoutPrefix + gone))
                    }
                case .file:
                    guard decided.insert(name).inserted, let item = copyItem(here + "/" + name, entry, target: path + "/" + name) else { continue }
                    items.append(item)
                    if (entry.st_mode & S_IFMT) == S_IFDIR {
                        let lower = layers.dropFirst(offset)
                        walk(path + "/" + name, layers: lower, base: base, into: &items)
                    }
                }
            }
            if OverlayWhiteout.isOpaque(here) {
                if base.locate(path.isEmpty ? "/" : path) != nil { items.append(marker(path + "/" + LayerMarkers.opaque)) }
                break
            }
        }
    }

    private func copyItem(_ host: String, _ st: stat, target: String) -> CopyItem? {
        var item = CopyItem(target: target, kind: .file, mode: st.st_mode & 0o7777, uid: st.st_uid, gid: st.st_gid)
        item.modified = st.st_mtim
        switch st.st_mode & S_IFMT {
        case S_IFDIR: item.kind = .directory
        case S_IFREG:
            item.size = Int64(st.st_size)
            item.hostPath = host
        case S_IFLNK:
            item.kind = .symlink
            var buf = [CChar](repeating: 0, count: 4096)
            let n = readlink(host, &buf, buf.count - 1)
            guard n >= 0 else { return nil }
            item.linkTarget = String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        default:
            return nil
        }
        return item
    }

    private func marker(_ target: String) -> CopyItem {
        CopyItem(target: target, kind: .file, mode: 0o644, uid: 0, gid: 0, size: 0, content: [])
    }

    private func store(_ items: [CopyItem], on state: StageState, keepLayers: Int, keepHistory: Int,
                       base: LayeredTree) throws(HullError) -> StageState {
        let tar = layout.tmpDir + "/buildlayer-\(getpid())-\(Identifier.random().prefix(12)).tar"
        defer { unlink(tar) }
        try CopyLayerWriter(image: base, createdOwner: nil).write(items, to: tar)
        let layer = try StepCommitter(layout: layout).store(tar)
        var squashed = state
        let now = Date()
        squashed.config.created = now
        squashed.config.rootfs = .init(diffIDs: Array(state.config.rootfs.diff_ids.prefix(keepLayers)) + [layer.diffID])
        squashed.config.history = Array((state.config.history ?? []).prefix(keepHistory))
            + [ImageConfig.History(created: now, createdBy: "/bin/sh -c #(nop) squashed", comment: nil)]
        let layers = LayerStore(layout: layout)
        let kept = squashed.config.rootfs.diff_ids.dropLast().reduce(Int64(0)) { $0 + ((try? layers.record($1).size) ?? 0) }
        let record = try ImageStore(layout: layout).add(config: squashed.config, names: [], layerSizes: kept + layer.size)
        squashed.imageID = record.id
        squashed.size = record.size
        return squashed
    }
}

/// The names OCI layer tars use for deletions.
enum LayerMarkers {
    static let whiteoutPrefix = ".wh."
    static let opaque = ".wh..wh..opq"
}
