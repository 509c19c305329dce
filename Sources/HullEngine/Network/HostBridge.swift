import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A bridge as the host-wide object it is. Several stores (a store per
/// test, `make demo` beside the default store) may define networks on one
/// bridge name; the bridge, its subnet, its addresses and its nftables
/// table are then shared. What they share lives in `<bridge>.json` under
/// /run/hull/host/bridges, read and written only under `<bridge>.lock`
/// (taken after a store's network lock, never before it).
/// Bridge networks are root's only: rootless containers have their own
/// namespaces (pasta, slirp4netns), so this directory is root's too.
struct HostBridge {
    static let directory = "/run/hull/host/bridges"

    let name: String

    var bookPath: String { Self.directory + "/\(name).json" }
    var lockPath: String { Self.directory + "/\(name).lock" }

    /// The lock file goes with the bridge (`forget`): a lock taken on a
    /// file deleted meanwhile is taken again on the new one.
    func lock() throws(HullError) -> FileLock {
        do {
            try FileSystem.makeDirectories(Self.directory, mode: 0o700)
            while true {
                let lock = try FileLock(path: lockPath)
                if lock.isStill(at: lockPath) { return lock }
                lock.unlock()
            }
        } catch {
            throw HullError(.failure, "locking bridge \(name) host-wide: \(error)", cause: error)
        }
    }

    /// The lock, for root; nil for a rootless user, whose network records
    /// are only records: rootless containers never get a bridge.
    func lockIfShared() throws(HullError) -> FileLock? {
        geteuid() == 0 ? try lock() : nil
    }

    /// Unlocks. A lock file with no book beside it (a `network create`
    /// that failed) goes too, as `forget` takes it.
    func unlock(_ lock: FileLock) {
        if !FileSystem.exists(bookPath) { unlink(lockPath) }
        lock.unlock()
    }

    /// Call with the lock held.
    func read() -> HostBridgeBook? {
        try? JSONFile.read(HostBridgeBook.self, from: bookPath)
    }

    /// Call with the lock held. Run-time data, gone with the bridge at reboot.
    func write(_ book: HostBridgeBook) throws(HullError) {
        try JSONFile.write(book, to: bookPath, durable: false)
    }

    /// Call with the lock held: the bridge is no more.
    func forget() {
        unlink(bookPath)
        unlink(lockPath)
    }

    /// The subnet and gateway address the kernel's bridge has now; nil
    /// when there is no such link or it has no IPv4 address yet (one a
    /// killed hull made half-way, which the next start completes).
    func kernelAddress() throws(HullError) -> (subnet: IPv4Subnet, gateway: IPv4Address)? {
        do {
            guard let a = try RouteNetlink.ipv4Address(of: name) else { return nil }
            let gateway = IPv4Address(a.address)
            return (IPv4Subnet(network: gateway, prefixLength: a.prefixLength), gateway)
        } catch {
            throw HullError(.failure, "reading the address of bridge \(name): \(error)", cause: error)
        }
    }
}

/// What every store using one bridge must agree on, and every address
/// any of them leased on it: two stores never hand out one address twice.
struct HostBridgeBook: Codable, Equatable {
    /// A network of some store defined on this bridge.
    struct Member: Codable, Equatable {
        var root: String
        var network: String
    }

    /// An address one store's container holds. Whether it is still held
    /// is that store's own lease file's word (holder and container pids).
    struct Lease: Codable, Equatable {
        var root: String
        var network: String
        var containerID: String
        var ip: IPv4Address
    }

    var subnet: IPv4Subnet
    var gateway: IPv4Address
    var `internal`: Bool
    var members: [Member] = []
    var leases: [Lease] = []

    init(for n: NetworkRecord) {
        subnet = n.subnet
        gateway = n.gateway
        `internal` = n.internal
    }

    /// Whether a member's network still exists in its store on this bridge
    /// (a store deleted with `rm -rf` leaves its membership behind).
    static func isLive(_ m: Member, bridge: String) -> Bool {
        let store = NetworkStore(layout: StoreLayout(root: m.root, runroot: ""))
        return store.find(m.network)?.networkInterface == bridge
    }

    /// Drops members whose network is gone and leases no live process holds.
    mutating func dropStale(bridge: String) {
        members.removeAll { !Self.isLive($0, bridge: bridge) }
        var held: [String: Set<String>] = [:]
        for m in members {
            let leases = NetworkStore(layout: StoreLayout(root: m.root, runroot: "")).leases(m.network)
            held[m.root + "\n" + m.network] = Set(leases.filter(\.isLive).map { $0.containerID + " " + $0.ip.description })
        }
        leases.removeAll { l in
            !(held[l.root + "\n" + l.network]?.contains(l.containerID + " " + l.ip.description) ?? false)
        }
    }

    func hasOtherMembers(than root: String, _ network: String) -> Bool {
        members.contains { $0 != Member(root: root, network: network) }
    }

    mutating func join(_ root: String, _ network: String) {
        let m = Member(root: root, network: network)
        if !members.contains(m) { members.append(m) }
    }

    func agrees(with n: NetworkRecord) -> Bool {
        subnet == n.subnet && gateway == n.gateway && `internal` == n.internal
    }

    static func describe(subnet: IPv4Subnet, gateway: IPv4Address, internal: Bool) -> String {
        "subnet \(subnet), gateway \(gateway)" + (`internal` ? ", internal" : "")
    }
}

extension HostBridge {
    /// At `network create`, with the lock held: what a new network on this
    /// bridge must be, when the bridge is already set up (by another store
    /// or by hand); nil while it is free. `internal` is nil when unknown
    /// (a bridge hull has no book of).
    func established() throws(HullError) -> (subnet: IPv4Subnet, gateway: IPv4Address, internal: Bool?)? {
        var book = read()
        book?.dropStale(bridge: name)
        if let k = try kernelAddress() {
            let known = book.map { $0.subnet == k.subnet && $0.gateway == k.gateway } == true
            return (k.subnet, k.gateway, known ? book?.internal : nil)
        }
        if let book, !book.members.isEmpty { return (book.subnet, book.gateway, book.internal) }
        return nil
    }

    /// A hint for picking a free name: another store's live network is on it.
    func isClaimed() -> Bool {
        guard var book = read() else { return false }
        book.dropStale(bridge: name)
        return !book.members.isEmpty
    }

    func conflict(_ n: NetworkRecord, has: String) -> HullError {
        HullError(.failure, "bridge \(name) is already set up with \(has) by another hull store or by hand: network \(n.name) (\(HostBridgeBook.describe(subnet: n.subnet, gateway: n.gateway, internal: n.internal))) cannot share it; give the network another bridge name or the same subnet")
    }

    /// Before a container of `n` takes an address, with the lock held: the
    /// book that store agrees with, its network a member. A bridge set up
    /// differently (another store's subnet) is an error, never a half
    /// network; a book nobody else shares any more is made over to `n`.
    func book(for n: NetworkRecord, root: String) throws(HullError) -> HostBridgeBook {
        var book = read() ?? HostBridgeBook(for: n)
        book.dropStale(bridge: name)
        if let k = try kernelAddress(), k.subnet != n.subnet || k.gateway != n.gateway {
            throw conflict(n, has: HostBridgeBook.describe(subnet: k.subnet, gateway: k.gateway, internal: book.internal))
        }
        if !book.agrees(with: n) {
            if book.hasOtherMembers(than: root, n.name) {
                throw conflict(n, has: HostBridgeBook.describe(subnet: book.subnet, gateway: book.gateway, internal: book.internal))
            }
            book.subnet = n.subnet
            book.gateway = n.gateway
            book.internal = n.internal
        }
        book.join(root, n.name)
        return book
    }
}

extension HostBridge {
    /// With the store's network lock held: an address on `n` that neither
    /// the store (`taken`) nor any other store on the bridge holds. `save`
    /// records it in the store's own lease file; then the book gets it,
    /// and a bridge not set up yet is, all under the bridge's lock.
    func lease(on n: NetworkRecord, root: String, containerID: String, taken: [IPv4Address], requested: IPv4Address?,
               save: (IPv4Address) throws(HullError) -> Void) throws(HullError) {
        let lock = try self.lock()
        defer { unlock(lock) }
        var book = try book(for: n, root: root)
        book.leases.removeAll { $0.root == root && $0.containerID == containerID }
        let ip = try IPAM.allocate(in: n.subnet, gateway: n.gateway, taken: Set(taken + book.leases.map(\.ip)), requested: requested)
        try save(ip)
        book.leases.append(.init(root: root, network: n.name, containerID: containerID, ip: ip))
        try write(book)
        if try kernelAddress() == nil { _ = try BridgeDriver().ensureBridge(n) }
    }
}
