import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file of a container's root file system without mounting it:
/// the topmost layer that has the path wins, and an overlay whiteout
/// (a 0/0 character device, or fuse-overlayfs's `.wh.NAME`) means it was
/// deleted.
struct LayeredFiles {
    /// Layer directories, topmost first.
    let directories: [String]

    /// Whether the path exists in the merged view (a whiteout hides it).
    func exists(_ path: String) -> Bool {
        entry(path) != nil
    }

    /// The topmost layer's entry for the path, nil when none or deleted.
    func entry(_ path: String) -> Glibc.stat? {
        for dir in directories {
            var st = Glibc.stat()
            guard lstat(dir + path, &st) == 0 else {
                // fuse-overlayfs's `.wh.NAME` form of a whiteout.
                if OverlayWhiteout.isDeleted(path, in: dir) { return nil }
                continue
            }
            return OverlayWhiteout.isDevice(st) ? nil : st
        }
        return nil
    }

    func read(_ path: String) -> [UInt8]? {
        for dir in directories {
            let full = dir + path
            var st = stat()
            guard lstat(full, &st) == 0 else {
                if OverlayWhiteout.isDeleted(path, in: dir) { return nil }
                continue
            }
            return (st.st_mode & S_IFMT) == S_IFREG ? try? FileSystem.readFile(full) : nil
        }
        return nil
    }

    /// A running container's files as its processes see them: through
    /// /proc/PID/root, or, when its root is a FUSE mount (which only its
    /// user namespace may enter), from its upper and image layers.
    static func live(_ c: Container, layout: StoreLayout) -> LayeredFiles {
        guard c.config.mountProgram != nil, let image = try? ImageStore(layout: layout).requireByID(c.config.imageID) else {
            return LayeredFiles(directories: ["/proc/\(c.state.pid)/root"])
        }
        let layers = LayerStore(layout: layout)
        return LayeredFiles(directories: [ContainerStore(layout: layout).upperDir(c.id)]
            + image.layers.reversed().map { layers.diffDirectory($0) })
    }
}
