import HullLinux

/// Picks subnets that collide with nothing: the host's routes, other hull
/// networks, and Podman's default 10.88.0.0/16.
public enum SubnetChooser {
    static let podmanDefault = IPv4Subnet("10.88.0.0/16")!

    /// The host's IPv4 routes (all but the default), from /proc/net/route.
    public static func hostRoutes(_ text: String? = nil) -> [IPv4Subnet] {
        let content = text ?? (try? FileSystem.readFile("/proc/net/route")).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return content.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard f.count >= 8, let dest = UInt32(f[1], radix: 16), let mask = UInt32(f[7], radix: 16), mask != 0 else { return nil }
            // Little-endian hex of network-order values.
            let d = dest.byteSwapped, m = mask.byteSwapped
            return IPv4Subnet(network: IPv4Address(d), prefixLength: m.nonzeroBitCount)
        }
    }

    public static func isFree(_ s: IPv4Subnet, used: [IPv4Subnet]) -> Bool {
        !used.contains { $0.overlaps(s) }
    }

    /// The default network: a 10.x.0.0/16, x from 89 up.
    public static func defaultSubnet(used: [IPv4Subnet]) -> IPv4Subnet? {
        let taken = used + [podmanDefault]
        for x in UInt32(89)...254 {
            let s = IPv4Subnet(network: IPv4Address(10 << 24 | x << 16), prefixLength: 16)
            if isFree(s, used: taken) { return s }
        }
        return nil
    }

    /// A user network: the first free 10.x.y.0/24, x from 89 up (as
    /// Podman's pool hands out 10.89.0.0/24, 10.89.1.0/24 ...).
    public static func userSubnet(used: [IPv4Subnet]) -> IPv4Subnet? {
        let taken = used + [podmanDefault]
        for x in UInt32(89)...254 {
            let wide = IPv4Subnet(network: IPv4Address(10 << 24 | x << 16), prefixLength: 16)
            let inside = taken.filter { $0.overlaps(wide) }
            if inside.contains(where: { $0.prefixLength <= 16 }) { continue }
            for y in UInt32(0)...255 {
                let s = IPv4Subnet(network: IPv4Address(10 << 24 | x << 16 | y << 8), prefixLength: 24)
                if isFree(s, used: inside) { return s }
            }
        }
        return nil
    }
}
