import XCTest
import HullLinux
@testable import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// The root overlay is one value rendered once: each backend gives the
/// child's step, the parent's idmapped mount or a FUSE program's mount.
final class RootOverlayTests: XCTestCase {
    func overlay(_ backend: RootOverlay.Backend, volatile: Bool = false) throws -> RootOverlay {
        var o = try RootFileSystem.overlay(layersDir: "/store/layers", diffIDs: ["sha256:aa", "sha256:bb"], upper: "/c/upper",
                                           work: "/c/work", target: "/run/c/merged", volatile: volatile)
        o.backend = backend
        return o
    }

    func testKernelOverlayListsTheTopmostLayerFirstRelativeToTheLayerStore() throws {
        let step = try XCTUnwrap(overlay(.kernel).mountStep)
        XCTAssertEqual(step.fstype, "overlay")
        XCTAssertEqual(step.target, "/run/c/merged")
        XCTAssertEqual(step.workingDirectory, "/store/layers")
        XCTAssertFalse(step.inRoot)
        XCTAssertEqual(step.data, "lowerdir=bb/diff:aa/diff,upperdir=/c/upper,workdir=/c/work")
    }

    func testRootlessOverlayKeepsItsMetadataInUserXattrs() throws {
        XCTAssertEqual(try overlay(.userxattr, volatile: true).mountStep?.data,
                       "lowerdir=bb/diff:aa/diff,upperdir=/c/upper,workdir=/c/work,volatile,userxattr")
    }

    func testIdmappedOverlayIsMountedByTheParentAndAttachedByTheChild() throws {
        let o = try overlay(.idmapped, volatile: true)
        let step = try XCTUnwrap(o.mountStep)
        XCTAssertEqual(step.kind, .attach)
        XCTAssertEqual(step.target, "/")
        XCTAssertEqual(step.sourceFD, MountStep.receivedFD)
        XCTAssertEqual(o.idmapped.lowerDirs, ["/store/layers/bb/diff", "/store/layers/aa/diff"])
        XCTAssertEqual(o.idmapped.upperDir, "/c/upper")
        XCTAssertTrue(o.idmapped.volatile)
        XCTAssertNil(o.fuseMount)
    }

    func testTooManyLayersAndNoLayersAreRefusedBeforeAnythingIsMade() {
        XCTAssertThrowsError(try RootFileSystem.overlay(layersDir: "/nonexistent-layers", diffIDs: [], upper: "/u", work: "/w", target: "/t"))
        let many = (0..<400).map { "sha256:" + String(repeating: "a", count: 60) + String(format: "%04d", $0) }
        XCTAssertThrowsError(try RootFileSystem.overlay(layersDir: "/nonexistent-layers", diffIDs: many, upper: "/u", work: "/w", target: "/t")) {
            XCTAssertTrue("\($0)".contains("too many layers (400)"))
        }
        XCTAssertFalse(FileSystem.exists("/nonexistent-layers"))
    }

    func testLongLayerListsUseShortLinksInTheLayerStore() throws {
        var template = Array("/tmp/hull-layers.XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        defer { try? FileSystem.removeTree(dir) }
        let ids = (0..<200).map { "sha256:" + String(repeating: "b", count: 60) + String(format: "%04d", $0) }
        let o = try RootFileSystem.overlay(layersDir: dir, diffIDs: ids, upper: "/u", work: "/w", target: "/t")
        XCTAssertEqual(o.lowerDirs.count, 200)
        XCTAssertTrue(o.lowerDirs.allSatisfy { $0.hasPrefix("l/") && $0.count == 12 })
        XCTAssertEqual(ShortLayerLinks.readLink(dir + "/" + o.lowerDirs[0]), "../" + Identifier.hexPart(ids[199]) + "/diff")
        // Short names only when needed.
        let few = try RootFileSystem.overlay(layersDir: dir, diffIDs: Array(ids.prefix(2)), upper: "/u", work: "/w", target: "/t")
        XCTAssertEqual(few.lowerDirs, [Identifier.hexPart(ids[1]) + "/diff", Identifier.hexPart(ids[0]) + "/diff"])
        // Links of removed layers go.
        ShortLayerLinks.removeDangling(layersDir: dir)
        XCTAssertEqual(try FileSystem.list(dir + "/l"), [])
    }
}
