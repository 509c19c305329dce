import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A container's networking through its life: flags resolved at create,
/// addresses and files before the process starts, interfaces and ports
/// once its namespace exists, and their removal when it ends.
public struct ContainerNetworking {
    public let layout: StoreLayout
    var store: NetworkStore { NetworkStore(layout: layout) }
    var containers: ContainerStore { ContainerStore(layout: layout) }

    public init(layout: StoreLayout) { self.layout = layout }

    // MARK: create

    /// Validates the flags and turns them into the stored spec. Unknown
    /// networks, malformed ports and addresses fail here, before anything
    /// is written. `checkPorts` (run) also refuses host ports in use now.
    public func resolve(_ o: NetworkOptions, config: HullConfig, exposedPorts: [String],
                        checkPorts: Bool) throws(HullError) -> NetworkSpec {
        // Networks may be comma-separated; slirp4netns's options are too.
        let requested = o.network.flatMap { $0.hasPrefix("slirp4netns:") ? [$0] : $0.split(separator: ",").map(String.init) }
        var modes = requested.isEmpty ? [config.netns] : requested
        // Rootless, the default bridge becomes pasta, as in Podman; or
        // slirp4netns (Podman's earlier default) when only it is installed.
        if requested.isEmpty && geteuid() != 0 && modes == ["bridge"] {
            modes = [PastaNetwork.path == nil && SlirpNetwork.path != nil ? "slirp4netns" : "pasta"]
        }
        var spec: NetworkSpec
        let special = modes.filter { ["none", "host", "private", "pasta", "slirp4netns"].contains($0) || $0.hasPrefix("container:") || $0.hasPrefix("slirp4netns:") }
        if !special.isEmpty && modes.count > 1 {
            throw HullError(.failure, "--network \(special[0]) cannot be combined with other networks")
        }
        switch modes[0] {
        case "none": spec = NetworkSpec(mode: .none)
        case "host": spec = NetworkSpec(mode: .host)
        case "pasta":
            // pasta as root gives up its privileges before it could join the
            // namespaces; root containers have bridge networks.
            guard geteuid() != 0 else {
                throw HullError(.failure, "--network pasta is for rootless containers: as root, use a bridge network (the default)")
            }
            spec = NetworkSpec(mode: .pasta)
        case let m where m == "slirp4netns" || m.hasPrefix("slirp4netns:"):
            spec = NetworkSpec(mode: .slirp4netns)
            let opts = m.dropFirst("slirp4netns".count).dropFirst()
            spec.slirp4netns = opts.isEmpty ? SlirpNetwork.Options() : try SlirpNetwork.Options.parse(String(opts))
        case let m where m.hasPrefix("container:"):
            spec = NetworkSpec(mode: .container)
            let target = String(m.dropFirst("container:".count))
            guard let c = try containers.find(target) else { throw HullError.noSuchContainer(target) }
            spec.joinContainer = c.id
        default:
            guard geteuid() == 0 else {
                throw HullError(.failure, "bridge networks need root: rootless containers use --network pasta (the default), slirp4netns, none or host")
            }
            spec = NetworkSpec(mode: .bridge)
            let manager = NetworkManager(layout: layout, config: config)
            for m in modes {
                if m == "bridge" || m == "private" || m == config.defaultNetwork {
                    spec.networks.append(try manager.defaultNetwork().name)
                } else {
                    spec.networks.append(try store.require(m).name)
                }
            }
            spec.networks = EtcFiles.uniq(spec.networks)
        }
        var ports: [PortMapping] = []
        for p in o.publish { ports += try PortMapping.parse(p) }
        if o.publishAll {
            for key in exposedPorts.sorted() {
                let parts = key.split(separator: "/").map(String.init)
                if let mapped = try? PortMapping.parse(parts.count > 1 ? "\(parts[0])/\(parts[1])" : parts[0]) { ports += mapped }
            }
        }
        if !ports.isEmpty && spec.mode != .bridge && spec.mode != .pasta && spec.mode != .slirp4netns {
            if spec.mode == .host {
                Warning.emit("port mappings are ignored with --network host")
                ports = []
            } else {
                throw HullError(.failure, "port mappings need a bridge, pasta or slirp4netns network, not --network \(modes[0])")
            }
        }
        if !o.aliases.isEmpty {
            guard spec.mode == .bridge else { throw HullError(.failure, "--network-alias needs a bridge network") }
            for n in spec.networks { spec.aliases[n] = o.aliases }
        }
        if let ip = o.ip {
            guard let a = IPv4Address(ip) else { throw HullError(.failure, "invalid --ip \"\(ip)\": not an IPv4 address") }
            guard spec.mode == .bridge, let first = spec.networks.first, let n = store.find(first) else {
                throw HullError(.failure, "--ip needs a bridge network")
            }
            _ = try IPAM.allocate(in: n.subnet, gateway: n.gateway, taken: [], requested: a)
            spec.staticIP = a
        }
        spec.ports = try assignHostPorts(ports, checkNow: checkPorts)
        for d in o.dns where IPv4Address(d) == nil && !d.contains(":") {
            throw HullError(.failure, "invalid --dns \"\(d)\": not an IP address")
        }
        for h in o.addHosts {
            let kv = h.split(separator: ":", maxSplits: 1).map(String.init)
            guard kv.count == 2, !kv[0].isEmpty, IPv4Address(kv[1]) != nil || kv[1].contains(":") || kv[1] == "host-gateway" else {
                throw HullError(.failure, "invalid --add-host \"\(h)\": expected HOST:IP")
            }
        }
        spec.dns = o.dns
        spec.dnsSearch = o.dnsSearch
        spec.dnsOptions = o.dnsOptions
        spec.addHosts = o.addHosts
        return spec
    }

    /// Host port 0 gets a free port; a host port given twice is refused.
    func assignHostPorts(_ ports: [PortMapping], checkNow: Bool) throws(HullError) -> [PortMapping] {
        var taken = Set(ports.map(\.hostPort))
        var seen = Set<String>()
        var out: [PortMapping] = []
        for var p in ports {
            if p.hostPort == 0 {
                p.hostPort = try PortMapping.freeHostPort(proto: p.proto, hostIP: p.hostIP, avoiding: taken)
                taken.insert(p.hostPort)
            } else if checkNow {
                try p.checkHostPortFree()
                try checkNotPublished(p)
            }
            guard seen.insert("\(p.hostPort)/\(p.proto)").inserted else {
                throw HullError(.failure, "host port \(p.hostPort)/\(p.proto) is published twice")
            }
            out.append(p)
        }
        return out
    }

    /// Another running container of this store publishing the port.
    func checkNotPublished(_ p: PortMapping, except id: String? = nil) throws(HullError) {
        for n in store.list() {
            for l in store.leases(n.name) where l.containerID != id && l.isLive {
                if l.ports.contains(where: { $0.hostPort == p.hostPort && $0.proto == p.proto }) {
                    throw HullError(.failure, "cannot publish port \(p.hostPort)/\(p.proto): container \(l.name) already publishes it")
                }
            }
        }
    }

    // MARK: start

    /// What a start needs: leases taken, files written, namespace to join.
    public struct Plan {
        var spec: NetworkSpec
        var containerID: String
        var leases: [(NetworkRecord, Lease)] = []
        var joinFD: Int32 = -1
        var resolvConf: String?
    }

    static func vethName(_ id: String, _ index: Int) -> String { "veth" + id.prefix(10) + String(index) }

    /// Before the process is spawned: takes addresses (leases held by this
    /// hull process) and writes the container's hosts and resolv.conf.
    public func prepare(_ config: ContainerConfig) throws(HullError) -> Plan {
        let spec = config.networking ?? NetworkSpec(mode: config.network == "host" ? .host : .none)
        var plan = Plan(spec: spec, containerID: config.id)
        let runDir = containers.runDir(config.id)
        switch spec.mode {
        case .bridge:
            let lock = try store.lock()
            defer { lock.unlock() }
            var stale: [(NetworkRecord, Lease)] = []
            for (i, name) in spec.networks.enumerated() {
                guard let n = store.find(name) else {
                    throw HullError(.failure, "network \(name) of container \(config.name) no longer exists")
                }
                var leases = store.leases(name)
                stale += leases.filter { !$0.isLive || $0.containerID == config.id }.map { (n, $0) }
                leases.removeAll { !$0.isLive || $0.containerID == config.id }
                let ports = i == 0 ? spec.ports : []
                for p in ports {
                    try p.checkHostPortFree()
                    try checkNotPublished(p, except: config.id)
                }
                var lease: Lease?
                try HostBridge(name: n.networkInterface).lease(on: n, root: layout.root, containerID: config.id,
                                                               taken: leases.map(\.ip), requested: i == 0 ? spec.staticIP : nil) {
                    (ip) throws(HullError) in
                    let made = Lease(containerID: config.id, name: config.name, hostname: config.hostname,
                                     aliases: spec.aliases[name] ?? [], ip: ip, mac: Lease.randomMAC(), interface: "eth\(i)",
                                     hostInterface: Self.vethName(config.id, i), ports: ports,
                                     holderPid: getpid(), holderStartTime: ProcessTable.startTime(of: getpid()))
                    try store.saveLeases(name, leases + [made])
                    lease = made
                }
                if let lease { plan.leases.append((n, lease)) }
            }
            cleanUp(stale.filter { $0.1.containerID != config.id })
            let first = plan.leases.first
            try writeHosts(runDir, EtcFiles.hostsBase(hostname: config.hostname, name: config.name, ownIP: first?.1.ip,
                                                      aliases: first?.1.aliases ?? [], gateway: first?.0.gateway,
                                                      addHosts: gatewayResolved(spec.addHosts, first?.0.gateway)),
                           peers: plan.leases.contains { $0.0.dnsEnabled } ? peers(of: config.id) : [])
            plan.resolvConf = try writeResolv(runDir, spec)
        case .none, .pasta:
            try writeHosts(runDir, EtcFiles.hostsBase(hostname: config.hostname, name: config.name, ownIP: nil, aliases: [],
                                                      gateway: nil, addHosts: spec.addHosts), peers: [])
            plan.resolvConf = try writeResolv(runDir, spec)
        case .slirp4netns:
            // Its own address, the host as host.containers.internal when its
            // loopback is allowed, and slirp4netns's DNS forwarder, as Podman.
            let slirp = spec.slirp4netns ?? SlirpNetwork.Options()
            let loopback = slirp.allowHostLoopback
            try writeHosts(runDir, EtcFiles.hostsBase(hostname: config.hostname, name: config.name, ownIP: slirp.address,
                                                      aliases: [], gateway: loopback ? slirp.gateway : nil,
                                                      addHosts: gatewayResolved(spec.addHosts, slirp.gateway)), peers: [])
            var withDNS = spec
            if withDNS.dns.isEmpty { withDNS.dns = [slirp.dns] }
            plan.resolvConf = try writeResolv(runDir, withDNS)
        case .host:
            try writeHosts(runDir, EtcFiles.hostsBase(hostname: config.hostname, name: config.name, ownIP: nil, aliases: [],
                                                      gateway: nil, addHosts: spec.addHosts), peers: [])
            let custom = !spec.dns.isEmpty || !spec.dnsSearch.isEmpty || !spec.dnsOptions.isEmpty
            plan.resolvConf = custom ? try writeResolv(runDir, spec)
                : (FileSystem.exists("/etc/resolv.conf") ? "/etc/resolv.conf" : nil)
        case .container:
            guard let id = spec.joinContainer, let other = try? containers.load(id),
                  other.state.status == .running || other.state.status == .paused,
                  ProcessTable.isAlive(pid: other.state.pid, startTime: other.state.pidStartTime) else {
                throw HullError(.failure, "cannot join the network namespace of container \(spec.joinContainer ?? ""): it is not running")
            }
            do {
                plan.joinFD = try Namespace.open(pid: other.state.pid, "net")
            } catch {
                throw HullError(.failure, "joining the network of container \(other.name): \(error)", cause: error)
            }
            // Its view of names and servers, as Podman shares them.
            let otherRun = containers.runDir(other.id)
            // Marks the namespace as shared: it outlives the other's
            // process, so its interfaces must be removed by hand then.
            _ = try? AtomicFile.write([], to: otherRun + "/joined-by-" + config.id, durable: false)
            let hosts = (try? FileSystem.readFile(otherRun + "/hosts")).map { String(decoding: $0, as: UTF8.self) }
            try writeHosts(runDir, hosts ?? EtcFiles.localhost, peers: nil)
            if FileSystem.exists(otherRun + "/resolv.conf") {
                plan.resolvConf = try writeFile(runDir + "/resolv.conf",
                                                (try? FileSystem.readFile(otherRun + "/resolv.conf")) ?? [])
            }
        }
        return plan
    }

    /// The namespace part of the process spec.
    public func apply(_ plan: Plan, to spec: inout IsolatedProcessSpec) {
        switch plan.spec.mode {
        case .bridge, .none, .pasta, .slirp4netns:
            spec.cloneFlags |= Namespace.network
            spec.loopbackUp = true
        case .container:
            spec.joinNamespaceFDs.append(plan.joinFD)
        case .host:
            break
        }
        // A volume the user mounts on /etc/resolv.conf wins, as in Podman.
        if let r = plan.resolvConf, !spec.steps.contains(where: { $0.target == "/etc/resolv.conf" }) {
            // Next to /etc/hosts: before a --read-only remount of the root,
            // which comes last and would refuse a new mount point file.
            let step = MountStep(source: r, target: "/etc/resolv.conf", flags: UInt(MS_BIND), targetIsFile: true)
            let hosts = spec.steps.firstIndex { $0.target == "/etc/hosts" }
            spec.steps.insert(step, at: hosts.map { $0 + 1 } ?? spec.steps.count)
        }
    }

    /// Once the process exists: its interfaces, routes and published ports;
    /// then the others on its networks learn its name.
    public func attach(_ plan: Plan, pid: Int32) throws(HullError) {
        if plan.joinFD >= 0 { close(plan.joinFD) }
        if plan.spec.mode == .pasta {
            try PastaNetwork.start(pid: pid, ports: plan.spec.ports, runDir: containers.runDir(plan.containerID))
            return
        }
        if plan.spec.mode == .slirp4netns {
            try SlirpNetwork.start(pid: pid, ports: plan.spec.ports, options: plan.spec.slirp4netns ?? SlirpNetwork.Options(),
                                   runDir: containers.runDir(plan.containerID), id: plan.containerID)
            return
        }
        guard !plan.leases.isEmpty else { return }
        let nsFD: Int32
        do {
            nsFD = try Namespace.open(pid: pid, "net")
        } catch {
            throw HullError(.failure, "opening the container's network namespace: \(error)", cause: error)
        }
        defer { close(nsFD) }
        let driver = try BridgeDriver()
        let inside: RouteNetlink
        do {
            inside = try RouteNetlink(namespaceFD: nsFD)
        } catch {
            throw HullError(.failure, "netlink in the container's namespace: \(error)", cause: error)
        }
        // Unprivileged ICMP sockets, so ping works without CAP_NET_RAW
        // (Podman's default_sysctls does the same).
        try? Sysctl.write("net.ipv4.ping_group_range", "0 2147483647", namespaceFD: nsFD)
        for (i, (n, lease)) in plan.leases.enumerated() {
            let bridge = try bridgeIndex(n, driver)
            try driver.attach(lease, network: n, bridge: bridge, namespaceFD: nsFD, inside: inside, defaultRoute: i == 0 && !n.internal)
            try NetworkFirewall.publish(lease.ports, to: lease.ip, on: n)
        }
        let id = plan.leases[0].1.containerID
        let lock = try store.lock()
        defer { lock.unlock() }
        let start = ProcessTable.startTime(of: pid)
        for name in plan.spec.networks {
            var leases = store.leases(name)
            for i in leases.indices where leases[i].containerID == id {
                leases[i].pid = pid
                leases[i].pidStartTime = start
            }
            try? store.saveLeases(name, leases)
        }
        if plan.leases.contains(where: { $0.0.dnsEnabled }) { refreshPeers(of: id) }
    }

    /// The bridge, set up under its host-wide lock when it went missing
    /// since `prepare` (deleted by hand).
    func bridgeIndex(_ n: NetworkRecord, _ driver: BridgeDriver) throws(HullError) -> Int32 {
        if let index = try driver.bridgeIndex(n) { return index }
        let host = HostBridge(name: n.networkInterface)
        let lock = try host.lock()
        defer { host.unlock(lock) }
        return try driver.ensureBridge(n)
    }

    /// When the container stops or is removed (also after kill -9 of it
    /// or of its hull): interfaces, published ports, leases, and its name
    /// in the others' hosts files. Safe to repeat.
    /// `networks`: where its leases are (its config), to read no others.
    public func release(_ id: String, networks: [String]? = nil) {
        PastaNetwork.stop(runDir: containers.runDir(id))
        SlirpNetwork.stop(runDir: containers.runDir(id))
        guard FileSystem.exists(store.dir), networks?.isEmpty != true, let lock = try? store.lock() else { return }
        defer { lock.unlock() }
        var gone: [(NetworkRecord, Lease)] = []
        var peersToRefresh = Set<String>()
        let records = networks.map { $0.compactMap(store.find) } ?? store.list()
        for n in records {
            var leases = store.leases(n.name)
            let mine = leases.filter { $0.containerID == id }
            guard !mine.isEmpty else { continue }
            gone += mine.map { (n, $0) }
            leases.removeAll { $0.containerID == id }
            try? store.saveLeases(n.name, leases)
            releaseHostWide(id, on: n)
            if n.dnsEnabled { peersToRefresh.formUnion(leases.map(\.containerID)) }
        }
        let shared = ((try? FileSystem.list(containers.runDir(id))) ?? []).contains { $0.hasPrefix("joined-by-") }
        cleanUp(gone, namespaceShared: shared)
        for peer in peersToRefresh { refreshHosts(of: peer) }
    }

    /// The container's addresses in the bridge's host-wide book.
    func releaseHostWide(_ id: String, on n: NetworkRecord) {
        let host = HostBridge(name: n.networkInterface)
        guard FileSystem.exists(host.bookPath), let lock = try? host.lock() else { return }
        defer { host.unlock(lock) }
        guard var book = host.read() else { return }
        book.leases.removeAll { $0.root == layout.root && $0.containerID == id }
        try? host.write(book)
    }

    /// Ports always; the veth only while the container's process lives.
    /// Otherwise its namespace is being destroyed and the kernel removes
    /// the pair in the background: deleting it here would wait ~20 ms for
    /// RCU grace periods on every container exit.
    /// A namespace another container joined (--network container:) lives
    /// on after the process: its interfaces are deleted too, or the address
    /// given back would still answer there.
    private func cleanUp(_ leases: [(NetworkRecord, Lease)], namespaceShared: Bool = false) {
        guard !leases.isEmpty else { return }
        var driver: BridgeDriver?
        for (n, l) in leases {
            if namespaceShared || (l.pid.map { $0 > 0 && ProcessTable.isAlive(pid: $0, startTime: l.pidStartTime) } ?? false) {
                if driver == nil { driver = try? BridgeDriver() }
                driver?.detach(l)
            }
            NetworkFirewall.unpublish(l.ports, on: n)
        }
    }

    // MARK: names

    /// After `rename`: the others on its networks, and its own hosts file,
    /// learn the new name at once.
    public func renamed(_ id: String, from old: String, to new: String) {
        guard FileSystem.exists(store.dir), let lock = try? store.lock() else { return }
        defer { lock.unlock() }
        var touched = false
        for n in store.list() {
            var leases = store.leases(n.name)
            guard leases.contains(where: { $0.containerID == id }) else { continue }
            for i in leases.indices where leases[i].containerID == id { leases[i].name = new }
            try? store.saveLeases(n.name, leases)
            touched = true
        }
        guard touched else { return }
        let runDir = containers.runDir(id)
        if let base = try? FileSystem.readFile(runDir + "/hosts.base") {
            // Its own line lists "hostname name aliases": swap the name.
            let text = String(decoding: base, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { line in
                guard line.hasPrefix("127.") == false, line.contains("\t") else { return String(line) }
                let parts = line.split(separator: "\t", maxSplits: 1)
                let names = parts[1].split(separator: " ").map { $0 == old ? new : String($0) }
                return parts[0] + "\t" + names.joined(separator: " ")
            }.joined(separator: "\n")
            try? AtomicFile.write(Array(text.utf8), to: runDir + "/hosts.base", durable: false)
        }
        refreshHosts(of: id)
        refreshPeers(of: id)
    }

    /// The live containers sharing a DNS-enabled network with `id`.
    func peers(of id: String) -> [Lease] {
        var mine = Set<String>()
        var all: [(String, Lease)] = []
        for n in store.list() where n.dnsEnabled {
            let leases = store.leases(n.name)
            if leases.contains(where: { $0.containerID == id }) { mine.insert(n.name) }
            all += leases.map { (n.name, $0) }
        }
        var seen = Set<String>()
        return all.filter { mine.contains($0.0) && $0.1.containerID != id && $0.1.isLive }
            .map(\.1).filter { seen.insert($0.containerID + $0.ip.description).inserted }
    }

    func refreshPeers(of id: String) {
        for p in Set(peers(of: id).map(\.containerID)) { refreshHosts(of: p) }
    }

    func refreshHosts(of id: String) {
        let runDir = containers.runDir(id)
        guard let base = try? FileSystem.readFile(runDir + "/hosts.base") else { return }
        EtcFiles.rewriteInPlace(runDir + "/hosts", String(decoding: base, as: UTF8.self) + EtcFiles.peerLines(peers(of: id)))
    }

    private func gatewayResolved(_ addHosts: [String], _ gateway: IPv4Address?) -> [String] {
        addHosts.map { h in
            guard h.hasSuffix(":host-gateway"), let gateway else { return h }
            return String(h.dropLast("host-gateway".count)) + gateway.description
        }
    }

    // MARK: files

    private func writeHosts(_ runDir: String, _ base: String, peers: [Lease]?) throws(HullError) {
        do {
            try FileSystem.makeDirectories(runDir, mode: 0o700)
            if peers != nil { try AtomicFile.write(Array(base.utf8), to: runDir + "/hosts.base", durable: false) }
            // In place when it exists: a restarted container's file may
            // still be bind-mounted somewhere.
            let text = base + EtcFiles.peerLines(peers ?? [])
            if FileSystem.exists(runDir + "/hosts") {
                EtcFiles.rewriteInPlace(runDir + "/hosts", text)
            } else {
                try AtomicFile.write(Array(text.utf8), to: runDir + "/hosts", durable: false)
            }
        } catch {
            throw HullError(.failure, "writing the container's hosts file: \(error)", cause: error)
        }
    }

    private func writeResolv(_ runDir: String, _ spec: NetworkSpec) throws(HullError) -> String {
        let host = (try? FileSystem.readFile("/etc/resolv.conf")).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let upstream = (try? FileSystem.readFile("/run/systemd/resolve/resolv.conf")).map { String(decoding: $0, as: UTF8.self) }
        let text = EtcFiles.resolvConf(host: host, upstream: upstream, dns: spec.dns, search: spec.dnsSearch, options: spec.dnsOptions)
        return try writeFile(runDir + "/resolv.conf", Array(text.utf8))
    }

    private func writeFile(_ path: String, _ bytes: [UInt8]) throws(HullError) -> String {
        do {
            try AtomicFile.write(bytes, to: path, durable: false)
        } catch {
            throw HullError(.failure, "writing \(path): \(error)", cause: error)
        }
        return path
    }
}
