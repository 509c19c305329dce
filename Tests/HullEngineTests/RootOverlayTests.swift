import XCTest
import HullLinux
@testable import HullEngine

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
        XCTAssertThrowsError(try RootFileSystem.overlay(layersDir: "/l", diffIDs: [], upper: "/u", work: "/w", target: "/t"))
        let many = (0..<400).map { "sha256:" + String(repeating: "a", count: 60) + String(format: "%04d", $0) }
        XCTAssertThrowsError(try RootFileSystem.overlay(layersDir: "/l", diffIDs: many, upper: "/u", work: "/w", target: "/t")) {
            XCTAssertTrue("\($0)".contains("too many layers (400)"))
        }
    }
}
