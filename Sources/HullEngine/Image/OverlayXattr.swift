#if canImport(Glibc)
import Glibc
#endif

/// The xattr namespace overlayfs reads its metadata from: trusted.* when
/// root mounts it, user.* for a rootless store, whose overlay is mounted
/// inside a user namespace with `userxattr` (trusted.* needs real root).
/// Whiteouts (0/0 character devices) need no xattr and, since Linux 5.8,
/// no privilege either.
enum OverlayXattr {
    static var opaque: String { geteuid() == 0 ? "trusted.overlay.opaque" : "user.overlay.opaque" }
}
