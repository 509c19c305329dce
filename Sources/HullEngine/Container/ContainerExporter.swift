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
            try walk(archive, layers: directories, relative: "", upperIDs: container.config.idMappings)
        } catch {
            throw HullError(.failure, "exporting \(container.name): \(error.description)")
        }
        guard archive_write_close(archive) == ARCHIVE_OK else {
            throw HullError(.failure, "writing the export: " + LayerExtractor.errorString(archive))
        }
    }

    /// Writes the merged directory `relative`, present as a directory in
    /// `layers` (topmost first), then recurses.
    /// - upperIDs: a user namespace's maps; the upper layer (first) holds
    ///   host ids, turned back into the ids the container saw.
    private func walk(_ archive: OpaquePointer, layers: [String], relative: String,
                      upperIDs: ContainerIDMappings?) throws(LayerWriter.Failure) {
        var chosen: [String: String] = [:]   // name -> layer it comes from
        var hidden = Set<String>()
        for layer in layers {
            let dir = layer + relative
            guard FileSystem.isDirectory(dir) else { break }
            for name in (try? FileSystem.list(dir)) ?? [] where chosen[name] == nil && !hidden.contains(name) {
                var st = stat()
                guard lstat(dir + "/" + name, &st) == 0 else { continue }
                if (st.st_mode & S_IFMT) == S_IFCHR && st.st_rdev == 0 {
                    hidden.insert(name)   // an overlay whiteout
                } else {
                    chosen[name] = layer
                }
            }
            if Self.isOpaque(dir) { break }
        }
        for name in chosen.keys.sorted() {
            guard let layer = chosen[name] else { continue }
            let rel = relative + "/" + name
            var st = stat()
            guard lstat(layer + rel, &st) == 0 else { continue }
            try LayerWriter.add(archive, path: rel, stat: st, source: layer + rel,
                                ids: layer == layers.first ? upperIDs : nil)
            if (st.st_mode & S_IFMT) == S_IFDIR {
                // Lower layers count only below the one the directory came from.
                let start = layers.firstIndex(of: layer) ?? 0
                try walk(archive, layers: Array(layers[start...]), relative: rel,
                         upperIDs: start == 0 ? upperIDs : nil)
            }
        }
    }

    static func isOpaque(_ dir: String) -> Bool {
        var flag = [UInt8](repeating: 0, count: 2)
        return lgetxattr(dir, OverlayXattr.opaque, &flag, 2) == 1 && flag[0] == UInt8(ascii: "y")
    }
}
