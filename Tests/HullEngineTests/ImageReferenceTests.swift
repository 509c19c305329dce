import XCTest
@testable import HullEngine

final class ImageReferenceTests: XCTestCase {
    func testDockerHubNormalization() throws {
        XCTAssertEqual(try ImageReference.parse("alpine").description, "docker.io/library/alpine:latest")
        XCTAssertEqual(try ImageReference.parse("user/app:1.2").description, "docker.io/user/app:1.2")
        XCTAssertEqual(try ImageReference.parse("docker.io/alpine").description, "docker.io/library/alpine:latest")
    }

    func testRegistriesPortsAndLocalhost() throws {
        let r = try ImageReference.parse("localhost:5000/team/app:1.2")
        XCTAssertEqual(r.registry, "localhost:5000")
        XCTAssertEqual(r.repository, "team/app")
        XCTAssertEqual(r.tag, "1.2")
        XCTAssertEqual(try ImageReference.parse("localhost/mybox").description, "localhost/mybox:latest")
        XCTAssertEqual(try ImageReference.parse("ghcr.io/org/img").registry, "ghcr.io")
    }

    func testLocalDefaultRegistry() throws {
        XCTAssertEqual(try ImageReference.parse("mybox:1", defaultRegistry: "localhost").description, "localhost/mybox:1")
    }

    func testDigests() throws {
        let hex = String(repeating: "ab", count: 32)
        let r = try ImageReference.parse("alpine@sha256:\(hex)")
        XCTAssertNil(r.tag)
        XCTAssertEqual(r.digest, "sha256:\(hex)")
        XCTAssertThrowsError(try ImageReference.parse("alpine@sha256:1234"))
    }

    func testMalformedReferences() {
        for bad in ["", "UPPER", "a//b", "bad::tag", "-lead", "trail-", "a:", "x@", ":tag"] {
            XCTAssertThrowsError(try ImageReference.parse(bad), bad)
        }
    }

    func testCandidateNamesForShortNames() {
        XCTAssertEqual(ImageStore.candidateNames("mybox"), ["localhost/mybox:latest", "docker.io/library/mybox:latest"])
        XCTAssertEqual(ImageStore.candidateNames("quay.io/a/b:2"), ["quay.io/a/b:2"])
    }

    func testNameSplitting() {
        XCTAssertEqual(ImageNames.split("localhost:5000/a/b:1").repository, "localhost:5000/a/b")
        XCTAssertEqual(ImageNames.split("localhost:5000/a/b:1").tag, "1")
        XCTAssertEqual(ImageNames.split("<none>:<none>").tag, "<none>")
    }
}
