import XCTest
@testable import HullEngine

final class NetworkTests: XCTestCase {
    func testAddressAndSubnetParsing() {
        XCTAssertEqual(IPv4Address("10.88.0.2")?.value, 0x0a58_0002)
        XCTAssertEqual(IPv4Address(0x0a58_0002).description, "10.88.0.2")
        for bad in ["10.88.0", "10.88.0.256", "10.88.0.02", "a.b.c.d", "", "1.2.3.4.5", "-1.2.3.4"] {
            XCTAssertNil(IPv4Address(bad), bad)
        }
        let s = IPv4Subnet("10.89.0.0/16")!
        XCTAssertEqual(s.firstHost.description, "10.89.0.1")
        XCTAssertEqual(s.broadcast.description, "10.89.255.255")
        XCTAssertTrue(s.contains(IPv4Address("10.89.200.3")!))
        XCTAssertFalse(s.contains(IPv4Address("10.90.0.1")!))
        XCTAssertNil(IPv4Subnet("10.89.0.1/16"), "host bits set")
        XCTAssertNil(IPv4Subnet("10.89.0.0/33"))
        XCTAssertTrue(IPv4Subnet("10.89.1.0/24")!.overlaps(s))
        XCTAssertTrue(s.overlaps(IPv4Subnet("10.0.0.0/8")!))
        XCTAssertFalse(IPv4Subnet("10.89.1.0/25")!.overlaps(IPv4Subnet("10.89.1.128/25")!))
    }

    func testIPAMGivesTheLowestFreeAddressAndHonoursRequests() throws {
        let s = IPv4Subnet("10.90.0.0/29")!
        let gw = s.firstHost
        XCTAssertEqual(try IPAM.allocate(in: s, gateway: gw, taken: []).description, "10.90.0.2")
        let taken: Set = [IPv4Address("10.90.0.2")!, IPv4Address("10.90.0.4")!]
        XCTAssertEqual(try IPAM.allocate(in: s, gateway: gw, taken: taken).description, "10.90.0.3")
        XCTAssertEqual(try IPAM.allocate(in: s, gateway: gw, taken: [], requested: IPv4Address("10.90.0.6")).description, "10.90.0.6")
        XCTAssertThrowsError(try IPAM.allocate(in: s, gateway: gw, taken: taken, requested: IPv4Address("10.90.0.4")))
        XCTAssertThrowsError(try IPAM.allocate(in: s, gateway: gw, taken: [], requested: gw))
        XCTAssertThrowsError(try IPAM.allocate(in: s, gateway: gw, taken: [], requested: IPv4Address("10.90.1.2")))
        XCTAssertThrowsError(try IPAM.allocate(in: s, gateway: gw, taken: [], requested: s.broadcast))
        let full = Set((2...6).map { IPv4Address(s.network.value + UInt32($0)) })
        XCTAssertThrowsError(try IPAM.allocate(in: s, gateway: gw, taken: full))
    }

    func testSubnetChoiceAvoidsRoutesNetworksAndPodman() {
        let routes = SubnetChooser.hostRoutes("""
            Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
            eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0
            eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
            br0\t0000590A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
            """)
        XCTAssertEqual(routes.map(\.description), ["192.0.2.0/24", "10.89.0.0/16"])
        XCTAssertEqual(SubnetChooser.defaultSubnet(used: routes)?.description, "10.90.0.0/16")
        XCTAssertEqual(SubnetChooser.defaultSubnet(used: [])?.description, "10.89.0.0/16")
        XCTAssertEqual(SubnetChooser.defaultSubnet(used: [IPv4Subnet("10.0.0.0/8")!]), nil)
        XCTAssertEqual(SubnetChooser.userSubnet(used: routes)?.description, "10.90.0.0/24")
        XCTAssertEqual(SubnetChooser.userSubnet(used: [IPv4Subnet("10.89.0.0/24")!, IPv4Subnet("10.89.1.0/24")!])?.description,
                       "10.89.2.0/24")
    }

    func testPortMappingParsing() throws {
        XCTAssertEqual(try PortMapping.parse("8080:80"), [PortMapping(hostIP: "", hostPort: 8080, containerPort: 80, proto: "tcp")])
        XCTAssertEqual(try PortMapping.parse("127.0.0.1:53:53/udp"),
                       [PortMapping(hostIP: "127.0.0.1", hostPort: 53, containerPort: 53, proto: "udp")])
        XCTAssertEqual(try PortMapping.parse("80"), [PortMapping(hostIP: "", hostPort: 0, containerPort: 80, proto: "tcp")])
        XCTAssertEqual(try PortMapping.parse("0.0.0.0::80").first?.hostIP, "")
        XCTAssertEqual(try PortMapping.parse("8000-8002:80-82").map(\.hostPort), [8000, 8001, 8002])
        XCTAssertEqual(try PortMapping.parse("8000-8002:80-82").map(\.containerPort), [80, 81, 82])
        for bad in ["abc", "0:80", "70000:80", "80:80/sctp", "1-3:80-81", "5-1:80", "1:2:3:4", "[::1]:80:80", "300.1.1.1:80:80", ""] {
            XCTAssertThrowsError(try PortMapping.parse(bad), bad)
        }
    }

    func testResolvConfDropsLoopbackServersAndAppliesFlags() {
        let host = "nameserver 127.0.0.53\nnameserver 192.0.2.1\nsearch corp.example\noptions edns0\n"
        XCTAssertEqual(EtcFiles.resolvConf(host: host, upstream: nil, dns: [], search: [], options: []),
                       "search corp.example\nnameserver 192.0.2.1\noptions edns0\n")
        XCTAssertEqual(EtcFiles.resolvConf(host: "nameserver 127.0.0.53\n", upstream: "nameserver 192.0.2.9\n", dns: [], search: [], options: []),
                       "nameserver 192.0.2.9\n")
        XCTAssertEqual(EtcFiles.resolvConf(host: "nameserver ::1\n", upstream: nil, dns: [], search: [], options: []),
                       "nameserver 8.8.8.8\nnameserver 8.8.4.4\n")
        XCTAssertEqual(EtcFiles.resolvConf(host: host, upstream: nil, dns: ["1.1.1.1"], search: ["."], options: ["ndots:2"]),
                       "nameserver 1.1.1.1\noptions ndots:2\n")
    }

    func testHostsFileHasOwnNamesPeersAndExtraHosts() {
        let base = EtcFiles.hostsBase(hostname: "abc", name: "web", ownIP: IPv4Address("10.89.0.2"), aliases: ["www"],
                                      gateway: IPv4Address("10.89.0.1"), addHosts: ["db.example:192.0.2.10"])
        XCTAssertTrue(base.contains("192.0.2.10\tdb.example\n"))
        XCTAssertTrue(base.contains("10.89.0.2\tabc web www\n"))
        XCTAssertTrue(base.contains("10.89.0.1\thost.containers.internal"))
        let peer = Lease(containerID: "x", name: "db", hostname: "123", aliases: ["database"], ip: IPv4Address("10.89.0.3")!, mac: nil,
                         interface: "eth0", hostInterface: "vethx", ports: [], holderPid: 1)
        XCTAssertEqual(EtcFiles.peerLines([peer]), "10.89.0.3\tdb database 123\n")
        let mac = Lease.randomMAC()
        XCTAssertEqual(mac.count, 17)
        var withMAC = peer
        withMAC.mac = mac
        let first = withMAC.macBytes?.first ?? 0
        XCTAssertEqual(first & 0x03, 0x02, "locally administered unicast")
    }

    func testConfigFileParsing() throws {
        let c = try HullConfig.parse("""
            # hull
            [containers]
            netns = "none"   # no network
            [network]
            default_network = "mynet"
            default_subnet = "10.200.0.0/16"
            default_bridge = "br9"
            [engine]
            events_logger = "file"
            """, source: "t")
        XCTAssertEqual(c.netns, "none")
        XCTAssertEqual(c.defaultNetwork, "mynet")
        XCTAssertEqual(c.defaultSubnet, "10.200.0.0/16")
        XCTAssertEqual(c.defaultBridge, "br9")
        XCTAssertThrowsError(try HullConfig.parse("[containers]\nnetns = \"slirp\"\n", source: "t"))
        XCTAssertThrowsError(try HullConfig.parse("[network]\ndefault_network = mynet\n", source: "t"))
        XCTAssertEqual(try HullConfig.parse("", source: "t"), HullConfig())
    }

    func testFirewallElementsNameTheirMap() {
        let n = NetworkRecord(name: "n", id: "i", driver: "bridge", networkInterface: "hull-x.1", created: Date(),
                              subnets: [.init(subnet: IPv4Subnet("10.89.0.0/24")!, gateway: IPv4Address("10.89.0.1")!)],
                              ipv6Enabled: false, internal: false, dnsEnabled: true, labels: nil, ipamOptions: nil)
        XCTAssertEqual(n.firewallTable, "hull_hull_x_1")
        let any = PortMapping(hostIP: "", hostPort: 8080, containerPort: 80, proto: "tcp")
        let local = PortMapping(hostIP: "127.0.0.1", hostPort: 53, containerPort: 53, proto: "udp")
        XCTAssertEqual(NetworkFirewall.element(any, in: n, withTarget: IPv4Address("10.89.0.5")),
                       "element ip hull_hull_x_1 ports { tcp . 8080 : 10.89.0.5 . 80 }")
        XCTAssertEqual(NetworkFirewall.element(local, in: n, withTarget: nil),
                       "element ip hull_hull_x_1 hostports { 127.0.0.1 . udp . 53 }")
        XCTAssertTrue(NetworkFirewall.tableScript(n).contains("ip saddr 10.89.0.0/24 ip daddr != 10.89.0.0/24 masquerade"))
    }
}
