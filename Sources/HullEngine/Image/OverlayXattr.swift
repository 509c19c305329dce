import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The xattr namespace overlayfs reads its metadata from: trusted.* when
/// root mounts it, user.* for a rootless store, whose overlay is mounted
/// inside a user namespace with `userxattr` (trusted.* needs real root).
/// Whiteouts (0/0 character devices) need no xattr and, since Linux 5.8,
/// no privilege either.
enum OverlayXattr {
    static var opaque: String { isHostRoot ? "trusted.overlay.opaque" : "user.overlay.opaque" }

    /// Root of the initial user namespace. hull's helper in a rootless
    /// user's namespace is uid 0 too, but works on that user's store.
    static let isHostRoot: Bool = {
        guard geteuid() == 0 else { return false }
        guard let map = try? FileSystem.readFile("/proc/self/uid_map") else { return true }
        return String(decoding: map, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }) == ["0", "0", "4294967295"]
    }()
}
