import CLibs
#if canImport(Glibc)
import Glibc
#endif

/// How an overlay's directory marks deleted entries and opaque directories.
/// The kernel's overlay, and fuse-overlayfs where it may make one (Linux
/// 5.8+ lets a user namespace make them), write a 0/0 character device
/// named like the entry, and an xattr on an opaque directory. fuse-overlayfs
/// without that right writes a `.wh.NAME` file instead; it marks opaque
/// directories with its own `user.fuseoverlayfs.opaque` xattr, a
/// `.wh..wh..opq` file and a `.wh..opq` whiteout. All are understood when
/// an upper directory is read (diff, commit, export).
public enum OverlayWhiteout {
    static let prefix = ".wh."
    static let opaqueMarker = ".wh..wh..opq"
    /// fuse-overlayfs's whiteout beside its opaque marker.
    static let fuseOpaqueWhiteout = ".wh..opq"
    static let opaqueXattrs = ["trusted.overlay.opaque", "user.overlay.opaque", "user.fuseoverlayfs.opaque"]

    public static func isDevice(_ st: stat) -> Bool {
        (st.st_mode & S_IFMT) == S_IFCHR && st.st_rdev == 0
    }

    /// What an entry of an overlay directory is.
    public enum Entry: Equatable {
        case file
        /// A whiteout: the entry of this name below is deleted.
        case deletes(String)
        /// A mark of an opaque directory, not an entry of its own.
        case opaqueMark
    }

    public static func classify(_ name: String, _ st: stat) -> Entry {
        if name == opaqueMarker || name == fuseOpaqueWhiteout { return .opaqueMark }
        if isDevice(st) { return .deletes(name) }
        if name.hasPrefix(prefix), (st.st_mode & S_IFMT) == S_IFREG { return .deletes(String(name.dropFirst(prefix.count))) }
        return .file
    }

    /// Whether a directory hides what the layers below have at its path.
    public static func isOpaque(_ dir: String) -> Bool {
        var flag = [UInt8](repeating: 0, count: 2)
        for name in opaqueXattrs where lgetxattr(dir, name, &flag, 2) == 1 && flag[0] == UInt8(ascii: "y") {
            return true
        }
        var st = stat()
        return lstat(dir + "/" + opaqueMarker, &st) == 0
    }

    /// Whether `path` (with a leading /) is deleted in the layer `dir`:
    /// a whiteout of it in either form.
    public static func isDeleted(_ path: String, in dir: String) -> Bool {
        var st = stat()
        if lstat(dir + path, &st) == 0 { return isDevice(st) }
        guard let slash = path.lastIndex(of: "/") else { return false }
        let marker = dir + path[..<slash] + "/" + prefix + path[path.index(after: slash)...]
        return lstat(marker, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}
