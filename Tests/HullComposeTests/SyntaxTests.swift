import XCTest
@testable import HullCompose

final class SyntaxTests: XCTestCase {
    func testShortPortForms() throws {
        XCTAssertEqual(PortSyntax.short("80"), [ComposePort(target: "80")])
        XCTAssertEqual(PortSyntax.short("8080:80"), [ComposePort(target: "80", published: "8080")])
        XCTAssertEqual(PortSyntax.short("127.0.0.1:8080:80/udp"), [ComposePort(target: "80", published: "8080", hostIP: "127.0.0.1", proto: "udp")])
        XCTAssertEqual(PortSyntax.short("127.0.0.1::80"), [ComposePort(target: "80", hostIP: "127.0.0.1")])
        XCTAssertEqual(PortSyntax.short("[::1]:8080:80"), [ComposePort(target: "80", published: "8080", hostIP: "::1")])
        XCTAssertEqual(PortSyntax.short("9000-9001:80-81")?.map(\.publishFlag), ["9000:80/tcp", "9001:81/tcp"])
        XCTAssertEqual(PortSyntax.short("9000-9009:80")?.map(\.publishFlag), ["9000-9009:80/tcp"])
    }

    func testInvalidPorts() {
        for bad in ["80:80:80", "x", "0", "70000", "80/icmp", "1:2:3:4", "90-80", "9000-9001:80-82"] {
            XCTAssertNil(PortSyntax.short(bad), bad)
        }
    }

    func testShellWords() {
        XCTAssertEqual(ShellWords.split("sh -c 'echo hi there' \"a b\" c\\ d"), ["sh", "-c", "echo hi there", "a b", "c d"])
        XCTAssertNil(ShellWords.split("echo 'open"))
    }

    func testProjectNames() {
        XCTAssertTrue(ProjectName.isValid("my_app-1"))
        XCTAssertFalse(ProjectName.isValid("MyApp"))
        XCTAssertFalse(ProjectName.isValid("_app"))
        XCTAssertFalse(ProjectName.isValid("a.b"))
        XCTAssertEqual(ProjectName.fromDirectory("/home/u/My.App_2"), "myapp_2")
        XCTAssertEqual(ProjectName.fromDirectory("/srv/-x"), "x")
    }

    func testFileDiscoveryWalksUpAndAddsTheOverride() throws {
        let present: Set<String> = ["/p/compose.yml", "/p/compose.override.yaml", "/p/docker-compose.yaml"]
        XCTAssertEqual(try ComposeFiles.find(explicit: [], workingDirectory: "/p/a/b", exists: present.contains),
                       ["/p/compose.yml", "/p/compose.override.yaml"])
        XCTAssertEqual(try ComposeFiles.find(explicit: ["x.yaml", "/abs.yaml"], workingDirectory: "/w",
                                             exists: { _ in true }), ["/w/x.yaml", "/abs.yaml"])
        XCTAssertThrowsError(try ComposeFiles.find(explicit: [], workingDirectory: "/q", exists: present.contains))
    }
}
