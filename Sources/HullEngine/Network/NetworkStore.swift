#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Networks under `<root>/networks`: `<name>.json` for the network and
/// `<name>.leases.json` for the addresses of running containers. One lock
/// (`networks/network.lock`) covers both: every change is short.
public struct NetworkStore {
    public let layout: StoreLayout

    public init(layout: StoreLayout) { self.layout = layout }

    var dir: String { layout.root + "/networks" }
    func recordPath(_ name: String) -> String { dir + "/\(name).json" }
    func leasesPath(_ name: String) -> String { dir + "/\(name).leases.json" }

    public func lock() throws(HullError) -> FileLock {
        do {
            try FileSystem.makeDirectories(dir, mode: 0o700)
            return try FileLock(path: dir + "/network.lock")
        } catch {
            throw HullError(.failure, "locking the network store: \(error)", cause: error)
        }
    }

    public func list() -> [NetworkRecord] {
        let names = ((try? FileSystem.list(dir)) ?? []).filter { $0.hasSuffix(".json") && !$0.hasSuffix(".leases.json") }
        return names.sorted().compactMap { try? JSONFile.read(NetworkRecord.self, from: dir + "/" + $0) }
    }

    public func find(_ name: String) -> NetworkRecord? {
        guard NetworkStore.isValidName(name) else { return nil }
        return try? JSONFile.read(NetworkRecord.self, from: recordPath(name))
    }

    /// By name, full id or unique id prefix, as Podman resolves networks.
    public func require(_ text: String) throws(HullError) -> NetworkRecord {
        if let r = find(text) { return r }
        let matches = list().filter { $0.id.hasPrefix(text) && !text.isEmpty }
        if matches.count == 1 { return matches[0] }
        throw HullError(.failure, "unable to find network with name or ID \(text): network not found")
    }

    public func save(_ record: NetworkRecord) throws(HullError) {
        try JSONFile.write(record, to: recordPath(record.name))
    }

    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 200 else { return false }
        let ok: (UInt8) -> Bool = { c in
            (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 95 || c == 46 || c == 45
        }
        return ok(first) && first != 46 && first != 45 && first != 95 && name.utf8.allSatisfy(ok)
    }

    // MARK: leases

    public func leases(_ network: String) -> [Lease] {
        (try? JSONFile.read([Lease].self, from: leasesPath(network))) ?? []
    }

    public func saveLeases(_ network: String, _ leases: [Lease]) throws(HullError) {
        if leases.isEmpty {
            unlink(leasesPath(network))
            return
        }
        // Run-time data: rebuilt from live processes, so no fsync.
        try JSONFile.write(leases, to: leasesPath(network), durable: false)
    }

    /// Removes the record and its leases file.
    func delete(_ name: String) {
        unlink(leasesPath(name))
        unlink(recordPath(name))
    }
}

/// One container's address on a network, held while it runs.
public struct Lease: Codable, Equatable, Sendable {
    public var containerID: String
    public var name: String
    public var hostname: String
    public var aliases: [String]
    public var ip: IPv4Address
    /// The container interface's MAC address (aa:bb:cc:dd:ee:ff).
    public var mac: String?
    /// Inside the container (eth0, eth1 ...) and its host side (the veth).
    public var interface: String
    public var hostInterface: String
    public var ports: [PortMapping]
    /// The hull process that runs the container (monitor or foreground
    /// hull), and the container's own process once known: the lease is
    /// stale only when neither lives.
    public var holderPid: Int32
    public var holderStartTime: UInt64?
    public var pid: Int32?
    public var pidStartTime: UInt64?

    /// A random locally administered unicast address, as netavark gives.
    public static func randomMAC() -> String {
        var bytes = (0..<6).map { _ in UInt8.random(in: 0...255) }
        bytes[0] = (bytes[0] & 0xfe) | 0x02
        return bytes.map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined(separator: ":")
    }

    var macBytes: [UInt8]? {
        guard let parts = mac?.split(separator: ":"), parts.count == 6 else { return nil }
        let bytes = parts.compactMap { UInt8($0, radix: 16) }
        return bytes.count == 6 ? bytes : nil
    }

    public var isLive: Bool {
        if ProcessTable.isAlive(pid: holderPid, startTime: holderStartTime) { return true }
        if let pid, pid > 0, ProcessTable.isAlive(pid: pid, startTime: pidStartTime) { return true }
        return false
    }
}

extension NetworkStore {
    /// `network create` without a name: hull1, hull2 ... (Podman: podman1 ...).
    public func freeName() -> String {
        let names = Set(list().map(\.name))
        var i = 1
        while names.contains("hull\(i)") { i += 1 }
        return "hull\(i)"
    }
}
