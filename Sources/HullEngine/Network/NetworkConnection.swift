import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `network connect` and `network disconnect`: changes the container's
/// stored networks and, while it runs, its interfaces right away.
public struct NetworkConnection {
    public let layout: StoreLayout
    var store: NetworkStore { NetworkStore(layout: layout) }
    var containers: ContainerStore { ContainerStore(layout: layout) }

    public init(layout: StoreLayout) { self.layout = layout }

    public func connect(container text: String, network name: String, aliases: [String], ip: String?) throws(HullError) {
        let n = try store.require(name)
        let found = try containers.require(text)
        let lock = try containers.lock(found.id)
        defer { lock.unlock() }
        var c = try containers.load(found.id)
        guard var spec = c.config.networking, spec.mode == .bridge else {
            throw HullError(.failure, "container \(c.name) is not in bridge network mode: it cannot be connected to networks")
        }
        guard !spec.networks.contains(n.name) else {
            throw HullError(.failure, "container \(c.name) is already connected to network \(n.name)")
        }
        var requested: IPv4Address?
        if let ip {
            guard let a = IPv4Address(ip) else { throw HullError(.failure, "invalid --ip \"\(ip)\": not an IPv4 address") }
            requested = a
        }
        let index = spec.networks.count
        let running = c.state.status == .running || c.state.status == .paused
        if running {
            var made: Lease?
            // Under the locks, so that no other hull, of this store or another
            // on the same bridge, takes the same address meanwhile.
            try withNetworkLock { () throws(HullError) in
                let live = store.leases(n.name).filter(\.isLive)
                try HostBridge(name: n.networkInterface).lease(on: n, root: layout.root, containerID: c.id,
                                                               taken: live.map(\.ip), requested: requested) { (address) throws(HullError) in
                    let lease = Lease(containerID: c.id, name: c.name, hostname: c.config.hostname, aliases: aliases, ip: address,
                                      mac: Lease.randomMAC(),
                                      interface: "eth\(index)", hostInterface: ContainerNetworking.vethName(c.id, index), ports: [],
                                      holderPid: c.state.recorderPid ?? 0, holderStartTime: c.state.recorderStartTime,
                                      pid: c.state.pid, pidStartTime: c.state.pidStartTime)
                    try store.saveLeases(n.name, live + [lease])
                    made = lease
                }
            }
            guard let lease = made else { return }
            do {
                let nsFD = try Namespace.open(pid: c.state.pid, "net")
                defer { close(nsFD) }
                let driver = try BridgeDriver()
                let inside = try RouteNetlink(namespaceFD: nsFD)
                let bridge = try ContainerNetworking(layout: layout).bridgeIndex(n, driver)
                try driver.attach(lease, network: n, bridge: bridge, namespaceFD: nsFD, inside: inside, defaultRoute: false)
            } catch {
                try? withNetworkLock { () throws(HullError) in
                    try store.saveLeases(n.name, store.leases(n.name).filter { $0.containerID != c.id })
                    ContainerNetworking(layout: layout).releaseHostWide(c.id, on: n)
                }
                throw HullError.wrap(error, "connecting \(c.name) to \(n.name)")
            }
        }
        spec.networks.append(n.name)
        if !aliases.isEmpty { spec.aliases[n.name] = aliases }
        c.config.networking = spec
        try saveConfig(c.config)
        if running { try refreshNames(c.id) }
        EventLog(layout: layout).append(Event(.network, "connect", id: c.id, name: c.name, network: n.name))
    }

    public func disconnect(container text: String, network name: String) throws(HullError) {
        let n = try store.require(name)
        let found = try containers.require(text)
        let lock = try containers.lock(found.id)
        defer { lock.unlock() }
        var c = try containers.load(found.id)
        guard var spec = c.config.networking, let index = spec.networks.firstIndex(of: n.name) else {
            throw HullError(.failure, "container \(c.name) is not connected to network \(n.name)")
        }
        try withNetworkLock { () throws(HullError) in
            var leases = store.leases(n.name)
            let mine = leases.filter { $0.containerID == c.id }
            leases.removeAll { $0.containerID == c.id }
            try store.saveLeases(n.name, leases)
            ContainerNetworking(layout: layout).releaseHostWide(c.id, on: n)
            if let driver = try? BridgeDriver() { mine.forEach(driver.detach) }
            for l in mine { NetworkFirewall.unpublish(l.ports, on: n) }
        }
        spec.networks.remove(at: index)
        spec.aliases[n.name] = nil
        c.config.networking = spec
        try saveConfig(c.config)
        try refreshNames(c.id, alsoPeersOf: n)
        EventLog(layout: layout).append(Event(.network, "disconnect", id: c.id, name: c.name, network: n.name))
    }

    private func withNetworkLock(_ body: () throws(HullError) -> Void) throws(HullError) {
        let lock = try store.lock()
        defer { lock.unlock() }
        try body()
    }

    private func saveConfig(_ config: ContainerConfig) throws(HullError) {
        try JSONFile.write(config, to: layout.containerDir(config.id) + "/config.json", durable: !config.autoRemove)
    }

    /// Its own hosts file and those of everyone it shares a network with.
    private func refreshNames(_ id: String, alsoPeersOf old: NetworkRecord? = nil) throws(HullError) {
        let lock = try store.lock()
        defer { lock.unlock() }
        let networking = ContainerNetworking(layout: layout)
        var targets = Set(networking.peers(of: id).map(\.containerID))
        if let old { targets.formUnion(store.leases(old.name).filter(\.isLive).map(\.containerID)) }
        targets.insert(id)
        for t in targets { networking.refreshHosts(of: t) }
    }
}
