#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull export`: a container's file system as one flat tar, merged the
/// way overlayfs shows it (topmost layer wins, whiteouts hide, opaque
/// directories hide everything below) without mounting anything, so it
/// works the same for running and stopped containers.
public struct ContainerExporter {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public func export(_ container: Container, to fd: Int32) throws(HullError) {
        if geteuid() != 0, container.config.idMappings?.isRootless == true {
            // A rootless store has files of subordinate ids the user may not
            // read: the tar is written by hull in the user's namespace.
            try NamespaceFileWork([.exportContainer(root: layout.root, runroot: layout.runroot, id: container.id)])
                .run(layout: layout, environment: ProcessInfo.processInfo.environment, stdout: fd)
            return
        }
        try exportHere(container, to: fd, upperIDs: container.config.idMappings)
    }

    /// - upperIDs: turn the upper layer's ids into the container's; the
    ///   layers below hold the container's ids already (host root's store,
    ///   or the user's store seen from inside its namespace).
    func exportHere(_ container: Container, to fd: Int32, upperIDs: ContainerIDMappings?) throws(HullError) {
        let image = try ImageStore(layout: layout).requireByID(container.config.imageID)
        let layers = LayerStore(layout: layout)
        let directories = [ContainerStore(layout: layout).upperDir(container.id)]
            + image.layers.reversed().map { layers.diffDirectory($0) }
        guard let archive = archive_write_new() else { throw HullError(.failure, "out of memory") }
        defer { archive_write_free(archive) }
        archive_write_set_format_pax_restricted(archive)
        guard archive_write_open_fd(archive, fd) == ARCHIVE_OK else {
            throw HullError(.failure, "writing the export: " + LayerExtractor.errorString(archive))
        }
        do {
            let ids = LayerIDs(upper: directories[0], upperIDs: upperIDs, lowerIDs: nil)
            try walk(archive, layers: directories, relative: [], ids: ids)
        } catch {
            throw HullError(.failure, "exporting \(container.name): \(error.description)")
        }
        guard archive_write_close(archive) == ARCHIVE_OK else {
            throw HullError(.failure, "writing the export: " + LayerExtractor.errorString(archive))
        }
    }

    /// Writes the merged directory `relative`, present as a directory in
    /// `layers` (topmost first), then recurses.
    /// Which maps turn a layer's host ids back into the ids the container
    /// saw: its user namespace's for the upper layer, the store's below.
    struct LayerIDs {
        let upper: String
        let upperIDs: ContainerIDMappings?
        let lowerIDs: ContainerIDMappings?
        func of(_ layer: String) -> ContainerIDMappings? { layer == upper ? upperIDs : lowerIDs }
    }

    /// Names are walked as bytes: a file name need not be UTF-8, and a
    /// String would change it (and the file would be missed).
    private func walk(_ archive: OpaquePointer, layers: [String], relative: [UInt8],
                      ids: LayerIDs) throws(LayerWriter.Failure) {
        var chosen: [[UInt8]: String] = [:]   // name -> layer it comes from
        var hidden = Set<[UInt8]>()
        let slash = [UInt8(ascii: "/")]
        for layer in layers {
            let dir = Array(layer.utf8) + relative
            var dirStat = stat()
            guard lstat(LayerWriter.cString(dir), &dirStat) == 0, (dirStat.st_mode & S_IFMT) == S_IFDIR else { break }
            for name in LayerWriter.rawNames(dir) where chosen[name] == nil && !hidden.contains(name) {
                var st = stat()
                guard lstat(LayerWriter.cString(dir + slash + name), &st) == 0 else { continue }
                switch OverlayWhiteout.classify(String(decoding: name, as: UTF8.self), st) {
                case .opaqueMark: break
                case .deletes:
                    let prefix = OverlayWhiteout.prefix.utf8.count
                    hidden.insert(OverlayWhiteout.isDevice(st) ? name : Array(name.dropFirst(prefix)))
                case .file: if !hidden.contains(name) { chosen[name] = layer }
                }
            }
            if LayerWriter.isOpaqueRaw(dir) { break }
        }
        for name in chosen.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            guard let layer = chosen[name] else { continue }
            let rel = relative + slash + name
            let source = Array(layer.utf8) + rel
            var st = stat()
            guard lstat(LayerWriter.cString(source), &st) == 0 else { continue }
            try LayerWriter.add(archive, path: rel, stat: st, source: source, ids: ids.of(layer))
            if (st.st_mode & S_IFMT) == S_IFDIR {
                // Lower layers count only below the one the directory came from.
                let start = layers.firstIndex(of: layer) ?? 0
                try walk(archive, layers: Array(layers[start...]), relative: rel, ids: ids)
            }
        }
    }

    static func isOpaque(_ dir: String) -> Bool {
        OverlayWhiteout.isOpaque(dir)
    }
}
