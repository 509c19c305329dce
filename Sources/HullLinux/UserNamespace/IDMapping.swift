/// One line of a user namespace's uid_map or gid_map: `size` ids from
/// `containerID` inside are `hostID`... outside (user_namespaces(7)).
public struct IDMapping: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var containerID: UInt32
    public var hostID: UInt32
    public var size: UInt32

    public init(containerID: UInt32, hostID: UInt32, size: UInt32) {
        self.containerID = containerID
        self.hostID = hostID
        self.size = size
    }

    /// "CTR:HOST:LEN", as `--uidmap` and Podman's inspect write it.
    public var description: String { "\(containerID):\(hostID):\(size)" }

    /// Parses `--uidmap`/`--gidmap` text, "CTR:HOST:LEN". Ranges must be
    /// non-empty and stay within 32 bits on both sides.
    public static func parse(_ text: String) -> IDMapping? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let c = UInt32(parts[0]), let h = UInt32(parts[1]), let n = UInt32(parts[2]),
              n > 0, UInt64(c) + UInt64(n) <= 1 << 32, UInt64(h) + UInt64(n) <= 1 << 32 else { return nil }
        return IDMapping(containerID: c, hostID: h, size: n)
    }

    func hostID(of id: UInt32) -> UInt32? {
        guard id >= containerID, UInt64(id) < UInt64(containerID) + UInt64(size) else { return nil }
        return hostID + (id - containerID)
    }

    func containerID(of host: UInt32) -> UInt32? {
        guard host >= hostID, UInt64(host) < UInt64(hostID) + UInt64(size) else { return nil }
        return containerID + (host - hostID)
    }
}

extension Array where Element == IDMapping {
    /// The host id an id inside maps to, nil when unmapped.
    public func hostID(of id: UInt32) -> UInt32? { lazy.compactMap { $0.hostID(of: id) }.first }

    /// The id inside that a host id shows as, nil when unmapped.
    public func containerID(of host: UInt32) -> UInt32? { lazy.compactMap { $0.containerID(of: host) }.first }

    /// The kernel's /proc/PID/uid_map text: one "CTR HOST LEN" line each.
    public var procText: String { map { "\($0.containerID) \($0.hostID) \($0.size)\n" }.joined() }

    /// Why the kernel would refuse these as one map, or nil: overlapping
    /// ranges on either side, or more lines than it takes.
    public var problem: String? {
        if isEmpty { return "no mappings" }
        if count > 340 { return "more than 340 ranges" }
        for (i, a) in enumerated() {
            for b in self[(i + 1)...] {
                if Self.overlap(a.containerID, a.size, b.containerID, b.size) {
                    return "container ranges \(a) and \(b) overlap"
                }
                if Self.overlap(a.hostID, a.size, b.hostID, b.size) {
                    return "host ranges \(a) and \(b) overlap"
                }
            }
        }
        return nil
    }

    static func overlap(_ a: UInt32, _ n: UInt32, _ b: UInt32, _ m: UInt32) -> Bool {
        UInt64(a) < UInt64(b) + UInt64(m) && UInt64(b) < UInt64(a) + UInt64(n)
    }
}
