/// Address assignment inside one subnet: the gateway and the addresses of
/// live leases are taken; the lowest free host address is given.
public enum IPAM {
    public static func allocate(in subnet: IPv4Subnet, gateway: IPv4Address, taken: Set<IPv4Address>,
                                requested: IPv4Address? = nil) throws(HullError) -> IPv4Address {
        if let requested {
            guard subnet.contains(requested), requested != subnet.network, requested != subnet.broadcast || subnet.prefixLength >= 31 else {
                throw HullError(.failure, "requested ip address \(requested) is not in subnet \(subnet)")
            }
            guard requested != gateway, !taken.contains(requested) else {
                throw HullError(.failure, "requested ip address \(requested) is already allocated")
            }
            return requested
        }
        guard subnet.prefixLength <= 30 else {
            throw HullError(.failure, "subnet \(subnet) has no room for containers")
        }
        var a = subnet.firstHost.value
        while a <= subnet.lastHost.value {
            let ip = IPv4Address(a)
            if ip != gateway && !taken.contains(ip) { return ip }
            a += 1
        }
        throw HullError(.failure, "no free ip address in subnet \(subnet)")
    }
}
