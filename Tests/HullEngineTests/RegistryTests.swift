import XCTest
import HullLinux
@testable import HullEngine
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Pure pieces of the registry client, and the tar-split round trip that
/// push and save depend on.
final class RegistryTests: XCTestCase {
    func testBearerChallengeWithQuotedCommas() throws {
        let c = try XCTUnwrap(AuthChallenge.parse(#"Bearer realm="https://auth.example/token",service="reg, one",scope="repository:a/b:pull,push""#))
        XCTAssertEqual(c.scheme, "bearer")
        XCTAssertEqual(c.parameters["realm"], "https://auth.example/token")
        XCTAssertEqual(c.parameters["service"], "reg, one")
        XCTAssertEqual(c.parameters["scope"], "repository:a/b:pull,push")
        XCTAssertEqual(AuthChallenge.parse(#"Basic realm="x""#)?.scheme, "basic")
        XCTAssertNil(AuthChallenge.parse("  "))
    }

    func testCredentialsRoundTrip() {
        let creds = Credentials(username: "me", password: "p:ss")
        XCTAssertEqual(Credentials.decode(creds.encoded), creds)
        XCTAssertNil(Credentials.decode("not base64!"))
    }

    func testPlatformSelection() throws {
        func entry(_ arch: String, _ variant: String? = nil) -> Descriptor {
            var d = Descriptor(mediaType: MediaType.ociManifest, digest: "sha256:" + String(repeating: "a", count: 64), size: 1)
            d.platform = ManifestPlatform(architecture: arch, os: "linux", variant: variant)
            return d
        }
        let index = ManifestIndex(schemaVersion: 2, mediaType: MediaType.ociIndex,
                                  manifests: [entry("arm", "v7"), entry("arm64", "v8"), entry("amd64")])
        XCTAssertEqual(PlatformChoice(os: "linux", architecture: "amd64", variant: nil).select(from: index)?.platform?.architecture, "amd64")
        XCTAssertEqual(try PlatformChoice.parse("linux/arm64/v8").select(from: index)?.platform?.variant, "v8")
        XCTAssertEqual(try PlatformChoice.parse("linux/arm64").select(from: index)?.platform?.architecture, "arm64")
        XCTAssertNil(try PlatformChoice.parse("linux/s390x").select(from: index))
        XCTAssertThrowsError(try PlatformChoice.parse("linux"))
    }

    func testManifestKinds() throws {
        let image = #"{"schemaVersion":2,"config":{"digest":"sha256:aa","size":1},"layers":[]}"#
        guard case .image = try FetchedManifest.parse(Array(image.utf8), contentType: "application/vnd.docker.distribution.manifest.v2+json") else {
            return XCTFail("not an image manifest")
        }
        let index = #"{"schemaVersion":2,"manifests":[]}"#
        guard case .index = try FetchedManifest.parse(Array(index.utf8), contentType: "application/json") else {
            return XCTFail("not an index")
        }
        XCTAssertThrowsError(try FetchedManifest.parse(Array("{oops".utf8), contentType: nil))
        XCTAssertThrowsError(try FetchedManifest.parse(Array(#"{"schemaVersion":1}"#.utf8), contentType: nil))
        XCTAssertThrowsError(try FetchedManifest.parse(Array(image.utf8), contentType: "application/vnd.example+json"))
        XCTAssertThrowsError(try PullPolicy.parse("sometimes"))
        XCTAssertEqual(try PullPolicy.parse("true"), .always)
    }

    /// A layer unpacked and rebuilt from its tar-split records is the same
    /// byte stream: long (pax) names, links, empty and multi-block files.
    func testTarSplitRebuildsTheExactTar() throws {
        var template = Array("/tmp/hull-tarsplit-test.XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        defer { try? FileSystem.removeTree(dir) }
        let tree = dir + "/tree"
        let longName = String(repeating: "n", count: 150)
        try FileSystem.makeDirectories(tree + "/a/" + longName)
        try AtomicFile.write(Array(repeating: 7, count: 70_000), to: tree + "/a/" + longName + "/big")
        try AtomicFile.write([], to: tree + "/empty")
        try AtomicFile.write(Array("x".utf8), to: tree + "/one")
        XCTAssertEqual(symlink("one", tree + "/link"), 0)
        XCTAssertEqual(link(tree + "/one", tree + "/hard"), 0)
        try LayerWriter.write(directory: tree, to: dir + "/layer.tar", skip: [])
        let original = try FileSystem.readFile(dir + "/layer.tar")

        let layout = StoreLayout(root: dir + "/root", runroot: dir + "/run")
        try layout.prepare()
        let fd = open(dir + "/layer.tar", O_RDONLY)
        defer { close(fd) }
        let layers = LayerStore(layout: layout)
        let record = try layers.add(from: fd, source: "layer.tar")
        XCTAssertEqual(record.diffID, "sha256:" + SHA256Hasher.hexDigest(of: original))
        var rebuilt: [UInt8] = []
        try TarSplitAssembler(layers: layers).write(record.diffID) { rebuilt.append(contentsOf: $0); return true }
        XCTAssertEqual(rebuilt, original)

        // A file changed after unpacking is caught, not silently shipped.
        let changed = layers.diffDirectory(record.diffID) + "/one"
        try AtomicFile.write(Array("y".utf8), to: changed)
        XCTAssertThrowsError(try TarSplitAssembler(layers: layers).write(record.diffID) { _ in true })
    }
}
