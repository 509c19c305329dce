import XCTest
@testable import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The spec builder turns a container's config and its image into one
/// plain value: these tests read that value, with no process started.
final class ProcessSpecBuilderTests: XCTestCase {
    var layout = StoreLayout(root: "", runroot: "")
    var base = ""

    override func setUpWithError() throws {
        var template = Array("/tmp/hull-spec-test.XXXXXX".utf8CString)
        base = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        layout = StoreLayout(root: base + "/root", runroot: base + "/run")
        try layout.prepare()
        // The bottom layer's passwd: the builder resolves the user there.
        let etc = LayerStore(layout: layout).diffDirectory(layers[0]) + "/etc"
        try FileSystem.makeDirectories(etc, mode: 0o755)
        try AtomicFile.write(Array("root:x:0:0:root:/root:/bin/sh\n".utf8), to: etc + "/passwd")
    }

    override func tearDown() {
        try? FileSystem.removeTree(base)
    }

    let layers = ["sha256:" + String(repeating: "1", count: 64), "sha256:" + String(repeating: "2", count: 64)]

    var image: Image {
        Image(record: ImageRecord(id: String(repeating: "a", count: 64), names: ["localhost/x:latest"], digest: nil,
                                  created: Date(), layers: layers, size: 0),
              config: ImageConfig(created: nil, architecture: "amd64", os: "linux", config: nil,
                                  rootfs: .init(diffIDs: layers), history: nil))
    }

    func config(_ change: (inout ContainerConfig) -> Void = { _ in }) -> ContainerConfig {
        var c = ContainerConfig(id: Identifier.random(), name: "web", imageID: String(repeating: "a", count: 64),
                                imageName: "localhost/x:latest", created: Date(), entrypoint: ["/bin/sh"], cmd: ["-c", "true"],
                                env: ["PATH=/usr/bin:/bin", "A=1"], workingDir: "/srv", user: "", hostname: "h1",
                                labels: [:], interactive: false, autoRemove: false, network: "none")
        change(&c)
        return c
    }

    func testTheRootOverlayIsTheFirstMountWithTheTopmostLayerFirst() throws {
        let (spec, overlay) = try ProcessSpecBuilder(layout: layout).build(config(), image: image)
        XCTAssertEqual(overlay.backend, .kernel)
        let first = try XCTUnwrap(spec.steps.first)
        XCTAssertEqual(first.fstype, "overlay")
        XCTAssertEqual(first.workingDirectory, layout.layersDir)
        XCTAssertTrue(first.data?.hasPrefix("lowerdir=" + String(repeating: "2", count: 64) + "/diff:" + String(repeating: "1", count: 64) + "/diff,") ?? false)
        XCTAssertFalse(first.data?.contains("volatile") ?? true)
        XCTAssertEqual(spec.steps.filter { $0.fstype == "overlay" }.count, 1)
    }

    func testTheProcessGetsTheConfigsCommandEnvironmentAndDirectory() throws {
        let (spec, _) = try ProcessSpecBuilder(layout: layout).build(config(), image: image)
        XCTAssertEqual(spec.argv, ["/bin/sh", "-c", "true"])
        XCTAssertEqual(spec.workdir, "/srv")
        XCTAssertEqual(spec.hostname, "h1")
        XCTAssertTrue(spec.env.contains("A=1"))
        XCTAssertTrue(spec.env.contains { $0.hasPrefix("HOME=") })
        XCTAssertEqual(spec.pathDirectories, ["/usr/bin", "/bin"])
        XCTAssertEqual(spec.uid, 0)
        XCTAssertTrue(spec.steps.contains { $0.target == "/proc" && $0.fstype == "proc" })
    }

    func testRmContainersGetAVolatileRootAndReadOnlyRootsAreRemountedLast() throws {
        let (spec, overlay) = try ProcessSpecBuilder(layout: layout).build(config { $0.autoRemove = true; $0.readOnly = true }, image: image)
        XCTAssertTrue(overlay.volatile)
        XCTAssertTrue(spec.steps.first?.data?.hasSuffix(",volatile") ?? false)
        let last = try XCTUnwrap(spec.steps.last)
        XCTAssertEqual(last.target, "/")
        XCTAssertNotEqual(last.flags & UInt(MS_RDONLY), 0)
    }

    func testAMountProgramTakesTheRootOutOfTheChildsSteps() throws {
        let (spec, overlay) = try ProcessSpecBuilder(layout: layout).build(config { $0.mountProgram = "/usr/bin/fuse-overlayfs" }, image: image)
        XCTAssertEqual(overlay.backend, .fuse(program: "/usr/bin/fuse-overlayfs"))
        XCTAssertFalse(spec.steps.contains { $0.fstype == "overlay" })
        XCTAssertEqual(overlay.fuseMount?.lowerDirs.first, layout.layersDir + "/" + String(repeating: "2", count: 64) + "/diff")
    }
}
