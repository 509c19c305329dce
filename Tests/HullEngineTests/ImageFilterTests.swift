import XCTest
@testable import HullEngine

/// `images --filter` and `images REF`, and `ps`'s port ranges, as Podman.
final class ImageFilterTests: XCTestCase {
    func testReferencePatternsMatchAsPodman() {
        let name = "localhost/some/path:v3"
        for pattern in ["localhost/some/path:v3", "localhost/some/path", "some/path", "path", "path:v3", "p*:v3", "some/*", "localhost/some/*", "*"] {
            XCTAssertTrue(ImageFilter.referenceMatches(pattern: pattern, name: name), pattern)
        }
        for pattern in ["pat", "localhost/some", "*/x", "some", "path:v4"] {
            XCTAssertFalse(ImageFilter.referenceMatches(pattern: pattern, name: name), pattern)
        }
    }

    func testUnknownFiltersAndDanglingValuesAreRefused() {
        XCTAssertThrowsError(try ImageFilter.parse(["bogus=1"]))
        XCTAssertThrowsError(try ImageFilter.parse(["dangling=maybe"]))
        XCTAssertNoThrow(try ImageFilter.parse(["after=x", "label=a=b", "dangling=true"]))
    }

    func testSameKeysAreOredDifferentKeysAnded() throws {
        let image = ImageRecord(id: String(repeating: "a", count: 64), names: ["localhost/x:1"], digest: nil,
                                created: Date(), layers: [], size: 0)
        XCTAssertTrue(try ImageFilter.parse(["reference=y", "reference=x"]).matches(image, labels: { [:] }))
        XCTAssertFalse(try ImageFilter.parse(["reference=x", "label=k"]).matches(image, labels: { [:] }))
        XCTAssertTrue(try ImageFilter.parse(["reference=x", "label=k=v"]).matches(image, labels: { ["k": "v"] }))
        XCTAssertTrue(try ImageFilter.parse(["dangling=false", "id=aaaa"]).matches(image, labels: { [:] }))
    }

    func testConsecutivePortsAreShownAsOneRange() {
        let ports = [PortMapping(hostIP: "", hostPort: 8080, containerPort: 80, proto: "tcp"),
                     PortMapping(hostIP: "", hostPort: 8081, containerPort: 81, proto: "tcp"),
                     PortMapping(hostIP: "", hostPort: 9000, containerPort: 82, proto: "tcp"),
                     PortMapping(hostIP: "", hostPort: 9001, containerPort: 83, proto: "udp")]
        XCTAssertEqual(NetworkView.portsSummary(ports),
                       "0.0.0.0:8080-8081->80-81/tcp, 0.0.0.0:9000->82/tcp, 0.0.0.0:9001->83/udp")
    }
}
