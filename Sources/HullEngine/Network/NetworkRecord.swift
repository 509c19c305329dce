#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A network: `networks/<name>.json`, in the shape `podman network
/// inspect` prints (netavark's keys).
public struct NetworkRecord: Codable, Equatable, Sendable {
    public struct Subnet: Codable, Equatable, Sendable {
        public var subnet: IPv4Subnet
        public var gateway: IPv4Address
    }

    public var name: String
    public var id: String
    public var driver: String
    public var networkInterface: String
    public var created: Date
    public var subnets: [Subnet]
    public var ipv6Enabled: Bool
    public var `internal`: Bool
    public var dnsEnabled: Bool
    public var labels: [String: String]?
    public var ipamOptions: [String: String]?

    enum CodingKeys: String, CodingKey {
        case name, id, driver, created, subnets, `internal`, labels
        case networkInterface = "network_interface"
        case ipv6Enabled = "ipv6_enabled"
        case dnsEnabled = "dns_enabled"
        case ipamOptions = "ipam_options"
    }

    public var subnet: IPv4Subnet { subnets[0].subnet }
    public var gateway: IPv4Address { subnets[0].gateway }
    /// nftables table of this network: one per bridge, so hull never
    /// touches another table's rules and removing a network is one delete.
    public var firewallTable: String {
        "hull_" + String(networkInterface.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
