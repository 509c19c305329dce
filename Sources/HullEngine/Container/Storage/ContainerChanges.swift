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
        walk(ContainerStore(layout: layout).upperDir(container.id), "", lower, &out)
        return out.sorted { $0.path < $1.path }
    }

    private func walk(_ upper: String, _ relative: String, _ lower: LayeredFiles, _ out: inout [Change]) {
        for name in ((try? FileSystem.list(upper + relative)) ?? []).sorted() {
            let path = relative + "/" + name
            if Self.ignored.contains(path) { continue }
            var st = stat()
            guard lstat(upper + path, &st) == 0 else { continue }
            let type = st.st_mode & S_IFMT
            switch OverlayWhiteout.classify(name, st) {
            case .opaqueMark: continue
            case .deletes(let hidden):
                out.append(Change(kind: .deleted, path: relative + "/" + hidden))
                continue
            case .file: break
            }
            out.append(Change(kind: lower.exists(path) ? .changed : .added, path: path))
            if type == S_IFDIR { walk(upper, path, lower, &out) }
        }
    }
}
