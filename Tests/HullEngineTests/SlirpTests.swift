import XCTest

@testable import HullEngine

final class SlirpTests: XCTestCase {
    func testOptionsParseThoseOfPodmanHullSupports() throws {
        let o = try SlirpNetwork.Options.parse("allow_host_loopback=true,mtu=1500,enable_ipv6=true,port_handler=slirp4netns")
        XCTAssertTrue(o.allowHostLoopback)
        XCTAssertTrue(o.enableIPv6)
        XCTAssertEqual(o.mtu, 1500)
        XCTAssertEqual(SlirpNetwork.Options().mtu, 65520)
        for bad in ["bogus=1", "mtu=abc", "mtu=70000", "allow_host_loopback=yes", "port_handler=rootlesskit", "", "cidr=10.1.0.0/30",
                    "cidr=10.1.0.5/24", "cidr=nonsense", "outbound_addr="] {
            XCTAssertThrowsError(try SlirpNetwork.Options.parse(bad), bad)
        }
    }

    func testCidrMovesTheAddressesAndOutboundAddrIsPassedOn() throws {
        let o = try SlirpNetwork.Options.parse("cidr=10.1.0.0/24,outbound_addr=192.0.2.1")
        XCTAssertEqual(o.address.description, "10.1.0.100")
        XCTAssertEqual(o.gateway.description, "10.1.0.2")
        XCTAssertEqual(o.dns, "10.1.0.3")
        XCTAssertEqual(Array(SlirpNetwork.arguments(pid: 1, options: o, apiSocket: nil).suffix(4)),
                       ["--cidr=10.1.0.0/24", "--outbound-addr=192.0.2.1", "1", "tap0"])
        XCTAssertTrue(SlirpNetwork.hostfwdRequest(PortMapping(hostIP: "", hostPort: 1, containerPort: 2, proto: "tcp"), guest: o.address)
            .contains("\"guest_addr\":\"10.1.0.100\""))
    }

    func testArgumentsAndPortRequests() {
        var o = SlirpNetwork.Options()
        XCTAssertEqual(SlirpNetwork.arguments(pid: 42, options: o, apiSocket: nil),
                       ["slirp4netns", "--configure", "--mtu=65520", "--ready-fd=3", "--exit-fd=4", "--disable-host-loopback", "42", "tap0"])
        o.allowHostLoopback = true
        o.enableIPv6 = true
        XCTAssertEqual(SlirpNetwork.arguments(pid: 7, options: o, apiSocket: "/r/s.sock"),
                       ["slirp4netns", "--configure", "--mtu=65520", "--ready-fd=3", "--exit-fd=4", "--enable-ipv6",
                        "--api-socket=/r/s.sock", "7", "tap0"])
        XCTAssertEqual(SlirpNetwork.hostfwdRequest(PortMapping(hostIP: "", hostPort: 8080, containerPort: 80, proto: "tcp")),
                       #"{"execute":"add_hostfwd","arguments":{"proto":"tcp","host_addr":"0.0.0.0","host_port":8080,"guest_addr":"10.0.2.100","guest_port":80}}"#)
        XCTAssertEqual(SlirpNetwork.errorText(#"{"error":{"desc":"bad request: add_hostfwd: failed"}}"#), "bad request: add_hostfwd: failed")
        XCTAssertEqual(SlirpNetwork.errorText(""), "no reply")
    }

    func testAPISocketFitsASocketAddress() {
        let long = "/tmp/" + String(repeating: "x", count: 120)
        XCTAssertTrue(SlirpNetwork.apiSocketPath(runDir: long, id: "abcdef0123456789ff").utf8.count < 108)
        XCTAssertEqual(SlirpNetwork.apiSocketPath(runDir: "/run/c/1", id: "1"), "/run/c/1/slirp4netns.sock")
    }
}
