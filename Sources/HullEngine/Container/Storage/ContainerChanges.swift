import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `diff`: what a container changed compared to its image, read from the
/// overlay's upper directory: A added, C changed, D deleted (a whiteout,
/// in the kernel's form or fuse-overlayfs's: see `OverlayWhiteout`).
public struct ContainerChanges {
    public enum Kind: String, Sendable { case added = "A", changed = "C", deleted = "D" }

    public struct Change: Equatable, Sendable {
        public var kind: Kind
        public var path: String
    }

    /// Paths hull itself provides in every container, which Podman leaves out.
    public static let ignored: Set<String> = ["/dev", "/proc", "/sys", "/run", "/etc/hostname", "/etc/hosts",
                                       "/etc/resolv.conf", "/etc/mtab"]

    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public func changes(_ container: Container) throws(HullError) -> [Change] {
        let images = ImageStore(layout: layout)
        let image = try images.requireByID(container.config.imageID)
        let layers = LayerStore(layout: layout)
        let lower = LayeredFiles(directories: image.layers.reversed().map { layers.diffDirectory($0) })
        var out: [Change] = []
        walk(ContainerStore(layout: layout).upperDir(container.id), [], lower, &out)
        return out.sorted { $0.path < $1.path }
    }

    /// Names are read as bytes (a file name need not be UTF-8; a String
    /// would alter it and lstat would miss the file); such a name is shown
    /// with U+FFFD for the bytes that are not UTF-8.
    private func walk(_ upper: String, _ relative: [UInt8], _ lower: LayeredFiles, _ out: inout [Change]) {
        let upperBytes = Array(upper.utf8)
        for name in LayerWriter.rawNames(upperBytes + relative).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let pathBytes = relative + [UInt8(ascii: "/")] + name
            let path = String(decoding: pathBytes, as: UTF8.self)
            if Self.ignored.contains(path) { continue }
            var st = stat()
            guard lstat(LayerWriter.cString(upperBytes + pathBytes), &st) == 0 else { continue }
            let type = st.st_mode & S_IFMT
            switch OverlayWhiteout.classify(String(decoding: name, as: UTF8.self), st) {
            case .opaqueMark: continue
            case .deletes(let hidden):
                out.append(Change(kind: .deleted, path: String(decoding: relative, as: UTF8.self) + "/" + hidden))
                continue
            case .file: break
            }
            out.append(Change(kind: lower.exists(path) ? .changed : .added, path: path))
            if type == S_IFDIR { walk(upper, pathBytes, lower, &out) }
        }
    }
}
