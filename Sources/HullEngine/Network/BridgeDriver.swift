import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The kernel side of a bridge network: the bridge with its gateway
/// address, and one veth pair per container (peer inside the container).
struct BridgeDriver {
    let host: RouteNetlink

    init() throws(HullError) {
        do {
            host = try RouteNetlink()
        } catch {
            throw HullError(.failure, "opening netlink: \(error)", cause: error)
        }
    }

    /// The bridge's index, or nil while it does not exist.
    func bridgeIndex(_ n: NetworkRecord) throws(HullError) -> Int32? {
        do {
            return try host.linkIndex(n.networkInterface)
        } catch {
            throw HullError(.failure, "looking up bridge \(n.networkInterface): \(error)", cause: error)
        }
    }

    /// The bridge's index. A missing bridge (first use, after a reboot, or
    /// deleted by hand) is created with its address and its nftables table;
    /// one without an address (its maker was killed half-way) is completed.
    /// Callers hold the bridge's host-wide lock: two hulls, of any stores,
    /// starting the first containers at once must not both set it up.
    func ensureBridge(_ n: NetworkRecord) throws(HullError) -> Int32 {
        do {
            var found = try host.linkIndex(n.networkInterface)
            if let index = found, try RouteNetlink.ipv4Address(of: n.networkInterface) != nil { return index }
            if found == nil {
                try host.createBridge(n.networkInterface, mtu: Self.hostMTU())
                found = try host.linkIndex(n.networkInterface)
            }
            guard let index = found else {
                throw LinuxError("netlink get link", path: n.networkInterface, errno: ENODEV)
            }
            try host.addAddress(index, address: n.gateway.value, prefixLength: n.subnet.prefixLength)
            try host.setUp(index)
            // Published ports on 127.0.0.1 are DNATed to the bridge: the
            // kernel routes loopback sources there only with route_localnet.
            try Sysctl.write("net.ipv4.conf.\(n.networkInterface).route_localnet", "1")
            if Sysctl.read("net.ipv4.ip_forward") != "1" { try Sysctl.write("net.ipv4.ip_forward", "1") }
            try NetworkFirewall.install(n)
            return index
        } catch let e as LinuxError {
            throw HullError(.failure, "setting up bridge \(n.networkInterface) of network \(n.name): \(e)")
        } catch {
            throw HullError.wrap(error, "setting up network \(n.name)")
        }
    }

    /// Wires one container interface: veth made with its peer already in
    /// the container's namespace and named there, address, route, up.
    func attach(_ lease: Lease, network n: NetworkRecord, bridge: Int32, namespaceFD: Int32,
                inside: RouteNetlink, defaultRoute: Bool) throws(HullError) {
        do {
            let mtu = Self.hostMTU()
            _ = try? host.deleteLink(lease.hostInterface)  // a stale one from a killed run
            try host.createVeth(hostName: lease.hostInterface, peerName: lease.interface, peerNamespaceFD: namespaceFD,
                                mtu: mtu, masterIndex: bridge, peerMAC: lease.macBytes)
            guard let hostIndex = try host.linkIndex(lease.hostInterface),
                  let index = try inside.linkIndex(lease.interface) else {
                throw LinuxError("netlink get link", path: lease.interface, errno: ENODEV)
            }
            try host.setUp(hostIndex)
            try inside.addAddress(index, address: lease.ip.value, prefixLength: n.subnet.prefixLength)
            try inside.setUp(index)
            if defaultRoute { try inside.addDefaultRoute(index, gateway: n.gateway.value) }
        } catch {
            throw HullError(.failure, "connecting to network \(n.name): \(error)", cause: error)
        }
    }

    /// Deleting the host end deletes the pair; gone already (the namespace
    /// died with the container) is fine.
    func detach(_ lease: Lease) {
        _ = try? host.deleteLink(lease.hostInterface)
    }

    func removeBridge(_ n: NetworkRecord) {
        _ = try? host.deleteLink(n.networkInterface)
        NetworkFirewall.removeTable(n)
    }

    /// The MTU of the interface of the host's default route (1500 if none).
    static func hostMTU() -> UInt32 {
        guard let text = try? FileSystem.readFile("/proc/net/route") else { return 1500 }
        for line in String(decoding: text, as: UTF8.self).split(separator: "\n").dropFirst() {
            let f = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard f.count >= 8, f[1] == "00000000", f[7] == "00000000" else { continue }
            if let m = try? FileSystem.readFile("/sys/class/net/\(f[0])/mtu"),
               let v = UInt32(String(decoding: m, as: UTF8.self).trimmed) { return v }
        }
        return 1500
    }
}
