#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux

/// `network create|rm|prune` and the lazily made default network.
public struct NetworkManager {
    public let layout: StoreLayout
    public let config: HullConfig
    var store: NetworkStore { NetworkStore(layout: layout) }

    public init(layout: StoreLayout, config: HullConfig) {
        self.layout = layout
        self.config = config
    }

    public struct CreateRequest: Sendable {
        public var name: String
        public var subnet: String?
        public var gateway: String?
        public var driver = "bridge"
        public var interfaceName: String?
        public var labels: [String: String] = [:]
        public var `internal` = false
        public init(name: String) { self.name = name }
    }

    public func create(_ r: CreateRequest) throws(HullError) -> NetworkRecord {
        guard r.driver == "bridge" else {
            throw HullError(.failure, "unsupported driver \(r.driver): hull supports bridge")
        }
        guard NetworkStore.isValidName(r.name) else {
            throw HullError(.failure, "network name \"\(r.name)\" invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*")
        }
        guard !["none", "host", "bridge", "private", "slirp4netns", "pasta"].contains(r.name) else {
            throw HullError(.failure, "cannot create network with name \"\(r.name)\" because it conflicts with a valid network mode")
        }
        try layout.prepare()
        layout.sweepTmp()
        let lock = try store.lock()
        defer { lock.unlock() }
        let record = try createLocked(r, isDefault: false)
        EventLog(layout: layout).append(Event(.network, "create", name: record.name, network: record.name))
        return record
    }

    private func createLocked(_ r: CreateRequest, isDefault: Bool) throws(HullError) -> NetworkRecord {
        let existing = store.list()
        if existing.contains(where: { $0.name == r.name }) {
            throw HullError(.failure, "network name \(r.name) already used: network already exists")
        }
        var bridge: String
        if let given = r.interfaceName { bridge = given } else { bridge = try freeBridgeName(existing) }
        // Also what keeps the name safe inside nftables commands.
        guard bridge.utf8.count <= 15, NetworkStore.isValidName(bridge) else {
            throw HullError(.failure, "invalid interface name \"\(bridge)\": at most 15 characters of [a-zA-Z0-9_.-]")
        }
        if FileSystem.exists("/sys/class/net/" + bridge) && !FileSystem.exists("/sys/class/net/\(bridge)/bridge") {
            throw HullError(.failure, "interface \(bridge) exists on the host and is not a bridge")
        }
        if let other = existing.first(where: { $0.networkInterface == bridge }) {
            throw HullError(.failure, "bridge name \(bridge) already in use by network \(other.name)")
        }
        var requestedSubnet: IPv4Subnet?
        if let text = r.subnet {
            guard let s = IPv4Subnet(text) else {
                throw HullError(.failure, "invalid subnet \"\(text)\": expected an IPv4 network such as 10.90.0.0/24 with no host bits set")
            }
            guard s.prefixLength <= 30 else { throw HullError(.failure, "subnet \(s) is too small: at most /30") }
            requestedSubnet = s
        }
        // The bridge may be another store's already: its subnet is then
        // the network's, and anything else a conflict.
        let host = HostBridge(name: bridge)
        let hostLock = try host.lockIfShared()
        defer { if let hostLock { host.unlock(hostLock) } }
        let subnet: IPv4Subnet, gateway: IPv4Address
        if hostLock != nil, let shared = try host.established() {
            (subnet, gateway) = try adopt(shared, bridge: bridge, r, requestedSubnet, existing)
        } else {
            (subnet, gateway) = try choose(r, requestedSubnet, existing, isDefault: isDefault)
        }
        let record = NetworkRecord(name: r.name, id: Identifier.random(), driver: "bridge", networkInterface: bridge,
                                   created: Date(), subnets: [.init(subnet: subnet, gateway: gateway)],
                                   ipv6Enabled: false, internal: r.internal, dnsEnabled: !isDefault,
                                   labels: r.labels.isEmpty ? nil : r.labels, ipamOptions: ["driver": "host-local"])
        if hostLock != nil {
            var book = host.read() ?? HostBridgeBook(for: record)
            book.dropStale(bridge: bridge)
            if book.members.isEmpty { book = HostBridgeBook(for: record) }
            book.join(layout.root, record.name)
            try host.write(book)
        }
        try store.save(record)
        return record
    }

    /// A network on a bridge set up already (by another store or by hand)
    /// has its subnet and gateway; asking for others is a conflict.
    private func adopt(_ shared: (subnet: IPv4Subnet, gateway: IPv4Address, internal: Bool?), bridge: String,
                       _ r: CreateRequest, _ requestedSubnet: IPv4Subnet?, _ existing: [NetworkRecord]) throws(HullError) -> (IPv4Subnet, IPv4Address) {
        let has = HostBridgeBook.describe(subnet: shared.subnet, gateway: shared.gateway, internal: shared.internal ?? r.internal)
        let mismatch = requestedSubnet.map { $0 != shared.subnet } == true
            || r.gateway.map { IPv4Address($0) != shared.gateway } == true
            || shared.internal.map { $0 != r.internal } == true
        if mismatch {
            let wanted = [requestedSubnet.map { "subnet \($0)" }, r.gateway.map { "gateway \($0)" },
                          shared.internal.map { $0 == r.internal ? nil : (r.internal ? "--internal" : "no --internal") } ?? nil]
                .compactMap { $0 }.joined(separator: ", ")
            throw HullError(.failure, "bridge \(bridge) is already set up with \(has) by another hull store or by hand: network \(r.name) cannot use it with \(wanted); give it another bridge name (--interface-name, default_bridge) or the same settings")
        }
        if let clash = existing.first(where: { $0.subnet.overlaps(shared.subnet) }) {
            throw HullError(.failure, "bridge \(bridge) has subnet \(shared.subnet), which overlaps with network \(clash.name) (\(clash.subnet))")
        }
        return (shared.subnet, shared.gateway)
    }

    /// The requested subnet, or a free one: clear of this store's networks
    /// and of the host's routes (other stores' bridges among them).
    private func choose(_ r: CreateRequest, _ requestedSubnet: IPv4Subnet?, _ existing: [NetworkRecord],
                        isDefault: Bool) throws(HullError) -> (IPv4Subnet, IPv4Address) {
        let hostRoutes = SubnetChooser.hostRoutes()
        let subnet: IPv4Subnet
        if let s = requestedSubnet {
            if let clash = existing.first(where: { $0.subnet.overlaps(s) }) {
                throw HullError(.failure, "subnet \(s) overlaps with network \(clash.name) (\(clash.subnet))")
            }
            if let route = hostRoutes.first(where: { $0.overlaps(s) }) {
                throw HullError(.failure, "subnet \(s) is already used on the host (route \(route))")
            }
            subnet = s
        } else {
            let used = existing.map(\.subnet) + hostRoutes
            guard let s = isDefault ? SubnetChooser.defaultSubnet(used: used) : SubnetChooser.userSubnet(used: used) else {
                throw HullError(.failure, "no free subnet left in 10.0.0.0/8: give one with --subnet")
            }
            subnet = s
        }
        guard let text = r.gateway else { return (subnet, subnet.firstHost) }
        guard let g = IPv4Address(text), subnet.contains(g), g != subnet.network, g != subnet.broadcast else {
            throw HullError(.failure, "gateway \(text) is not a host address of subnet \(subnet)")
        }
        return (subnet, g)
    }

    /// hull1, hull2 ...: not used by another network nor by a host link.
    private func freeBridgeName(_ existing: [NetworkRecord]) throws(HullError) -> String {
        let names = Set(existing.map(\.networkInterface))
        for i in 1..<10000 {
            let n = "hull\(i)"
            if !names.contains(n) && !FileSystem.exists("/sys/class/net/" + n) && !HostBridge(name: n).isClaimed() { return n }
        }
        throw HullError(.failure, "no free bridge name")
    }

    /// The default network, made on first use from the configuration.
    public func defaultNetwork() throws(HullError) -> NetworkRecord {
        if let n = store.find(config.defaultNetwork) { return n }
        let lock = try store.lock()
        defer { lock.unlock() }
        if let n = store.find(config.defaultNetwork) { return n }
        var r = CreateRequest(name: config.defaultNetwork)
        r.subnet = config.defaultSubnet
        r.interfaceName = config.defaultBridge
        return try createLocked(r, isDefault: true)
    }

    /// Containers (any state) configured to use the network.
    public func users(of name: String) -> [Container] {
        ContainerStore(layout: layout).list().filter { $0.config.networking?.networks.contains(name) == true }
    }

    /// `network rm`: refused while containers use it, unless forced (which
    /// removes those containers first).
    public func remove(_ text: String, force: Bool) throws(HullError) -> String {
        let n = try store.require(text)
        guard n.name != config.defaultNetwork else {
            throw HullError(.failure, "default network \(n.name) cannot be removed")
        }
        let users = users(of: n.name)
        if !users.isEmpty {
            guard force else {
                throw HullError(.inUse, "\"\(n.name)\" has associated containers with it. Use -f to forcibly delete containers and pods: network is being used")
            }
            for c in users { try ContainerRemover(layout: layout).remove(c, force: true) }
        }
        let lock = try store.lock()
        defer { lock.unlock() }
        // Another store's network on the same bridge keeps it.
        let host = HostBridge(name: n.networkInterface)
        let hostLock = try host.lockIfShared()
        defer { if let hostLock { host.unlock(hostLock) } }
        var book = hostLock == nil ? nil : host.read()
        book?.dropStale(bridge: n.networkInterface)
        book?.members.removeAll { $0 == .init(root: layout.root, network: n.name) }
        book?.leases.removeAll { $0.root == layout.root && $0.network == n.name }
        if let book, !book.members.isEmpty {
            try host.write(book)
        } else if hostLock != nil {
            if let driver = try? BridgeDriver() { driver.removeBridge(n) }
            host.forget()
        }
        store.delete(n.name)
        EventLog(layout: layout).append(Event(.network, "remove", name: n.name, network: n.name))
        return n.name
    }

    /// Networks no container uses, the default network excepted.
    public func prune() throws(HullError) -> [String] {
        var removed: [String] = []
        for n in store.list() where n.name != config.defaultNetwork && users(of: n.name).isEmpty {
            removed.append(try remove(n.name, force: false))
        }
        return removed
    }
}
