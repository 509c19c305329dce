import CHull
#if canImport(Glibc)
import Glibc
#endif

/// An rtnetlink socket in one network namespace: the link, address and
/// route changes that wire a container to a bridge, made in-process.
public final class RouteNetlink {
    private let fd: Int32

    /// A socket in the namespace of `namespaceFD` (a /proc/PID/ns/net
    /// descriptor), or in hull's own with nil.
    public init(namespaceFD: Int32? = nil) throws(LinuxError) {
        let rc = hull_nl_open(namespaceFD ?? -1)
        if rc < 0 { throw LinuxError("netlink socket", errno: -rc) }
        fd = rc
    }

    deinit { close(fd) }

    private func check(_ op: String, _ name: String?, _ rc: Int32) throws(LinuxError) -> Int32 {
        if rc < 0 { throw LinuxError(op, path: name, errno: -rc) }
        return rc
    }

    /// The index of the named link, or nil when there is none.
    public func linkIndex(_ name: String) throws(LinuxError) -> Int32? {
        let rc = hull_nl_link_index(fd, name)
        if rc == -ENODEV { return nil }
        return try check("netlink get link", name, rc)
    }

    public func createBridge(_ name: String, mtu: UInt32) throws(LinuxError) {
        _ = try check("netlink create bridge", name, hull_nl_create_bridge(fd, name, mtu))
    }

    /// A veth pair: `hostName` here, enslaved to `masterIndex`; `peerName`
    /// made directly in the namespace of `peerNamespaceFD`.
    /// `peerMAC`: six bytes, or nil for one the kernel picks.
    public func createVeth(hostName: String, peerName: String, peerNamespaceFD: Int32, mtu: UInt32,
                           masterIndex: Int32, peerMAC: [UInt8]? = nil) throws(LinuxError) {
        let rc: Int32
        if let mac = peerMAC, mac.count == 6 {
            rc = mac.withUnsafeBufferPointer {
                hull_nl_create_veth(fd, hostName, peerName, peerNamespaceFD, mtu, masterIndex, $0.baseAddress)
            }
        } else {
            rc = hull_nl_create_veth(fd, hostName, peerName, peerNamespaceFD, mtu, masterIndex, nil)
        }
        _ = try check("netlink create veth", hostName, rc)
    }

    public func setUp(_ index: Int32) throws(LinuxError) {
        _ = try check("netlink link up", nil, hull_nl_set_up(fd, index))
    }

    /// Deletes a link; false when it did not exist.
    @discardableResult
    public func deleteLink(_ name: String) throws(LinuxError) -> Bool {
        let rc = hull_nl_delete_link(fd, name)
        if rc == -ENODEV { return false }
        _ = try check("netlink delete link", name, rc)
        return true
    }

    /// `address` in host order (10.88.0.2 is 0x0a580002).
    public func addAddress(_ index: Int32, address: UInt32, prefixLength: Int) throws(LinuxError) {
        _ = try check("netlink add address", nil, hull_nl_add_address(fd, index, address.bigEndian, Int32(prefixLength)))
    }

    public func addDefaultRoute(_ index: Int32, gateway: UInt32) throws(LinuxError) {
        _ = try check("netlink add route", nil, hull_nl_add_default_route(fd, index, gateway.bigEndian))
    }

    /// A link's primary IPv4 address (host order) and prefix length in
    /// hull's namespace; nil when the link has none or does not exist.
    public static func ipv4Address(of name: String) throws(LinuxError) -> (address: UInt32, prefixLength: Int)? {
        var address: UInt32 = 0, mask: UInt32 = 0
        let rc = hull_if_ipv4(name, &address, &mask)
        if rc == -ENODEV || rc == -EADDRNOTAVAIL { return nil }
        if rc < 0 { throw LinuxError("ioctl SIOCGIFADDR", path: name, errno: -rc) }
        return (UInt32(bigEndian: address), UInt32(bigEndian: mask).nonzeroBitCount)
    }
}
