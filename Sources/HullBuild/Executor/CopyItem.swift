#if canImport(Glibc)
import Glibc
#endif

/// One entry a COPY, ADD or WORKDIR puts into the image.
struct CopyItem: Equatable {
    enum Kind: String { case directory = "d", file = "f", symlink = "l" }

    /// Absolute and clean: where it lands in the image.
    var target: String
    var kind: Kind
    /// Permission bits (with setuid, setgid, sticky).
    var mode: mode_t
    var uid: UInt32
    var gid: UInt32
    var size: Int64 = 0
    var linkTarget: String?
    /// Where a file's bytes are read from, or the bytes themselves (a heredoc).
    var hostPath: String?
    var content: [UInt8]?
    var modified: timespec?

    static func == (a: CopyItem, b: CopyItem) -> Bool {
        a.target == b.target && a.kind == b.kind && a.mode == b.mode && a.uid == b.uid && a.gid == b.gid
            && a.size == b.size && a.linkTarget == b.linkTarget && a.hostPath == b.hostPath && a.content == b.content
    }
}
