import XCTest

@testable import HullEngine

final class PastaTests: XCTestCase {
    func testOnlyPublishedPortsAreForwardedByProtocol() {
        let ports = [PortMapping(hostIP: "", hostPort: 8080, containerPort: 80, proto: "tcp"),
                     PortMapping(hostIP: "127.0.0.1", hostPort: 5353, containerPort: 53, proto: "udp")]
        XCTAssertEqual(PastaNetwork.arguments(pid: 42, ports: ports, pidFile: "/r/pasta.pid"),
                       ["pasta", "--config-net", "--quiet", "--pid", "/r/pasta.pid",
                        "-t", "8080:80", "-u", "127.0.0.1/5353:53", "-T", "none", "-U", "none", "42"])
        XCTAssertEqual(PastaNetwork.arguments(pid: 7, ports: [], pidFile: "p"),
                       ["pasta", "--config-net", "--quiet", "--pid", "p", "-t", "none", "-u", "none", "-T", "none", "-U", "none", "7"])
    }
}
