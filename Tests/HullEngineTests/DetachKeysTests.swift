import XCTest
@testable import HullEngine

final class DetachKeysTests: XCTestCase {
    func testParsing() throws {
        XCTAssertEqual(try DetachKeys(parsing: "ctrl-p,ctrl-q").bytes, [0x10, 0x11])
        XCTAssertEqual(try DetachKeys(parsing: "ctrl-@,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_").bytes, [0, 27, 28, 29, 30, 31])
        XCTAssertEqual(try DetachKeys(parsing: "a,ctrl-z").bytes, [0x61, 26])
        XCTAssertEqual(try DetachKeys(parsing: "").bytes, [])
        XCTAssertThrowsError(try DetachKeys(parsing: "ctrl-P"))
        XCTAssertThrowsError(try DetachKeys(parsing: "ab"))
        XCTAssertThrowsError(try DetachKeys(parsing: "ctrl-p,"))
    }

    func testMatcherHoldsBackAPrefixAndReleasesIt() {
        var m = DetachKeyMatcher(keys: [0x10, 0x11])
        var r = m.feed([0x61, 0x10][...])
        XCTAssertEqual(r.forward, [0x61])
        XCTAssertFalse(r.detach)
        // Not the sequence after all: the held ctrl-p goes through.
        r = m.feed([0x62][...])
        XCTAssertEqual(r.forward, [0x10, 0x62])
        r = m.feed([0x10, 0x10, 0x11, 0x63][...])
        XCTAssertEqual(r.forward, [0x10])
        XCTAssertTrue(r.detach)
    }

    func testEmptySequenceNeverDetaches() {
        var m = DetachKeyMatcher(keys: [])
        let r = m.feed([0x10, 0x11][...])
        XCTAssertEqual(r.forward, [0x10, 0x11])
        XCTAssertFalse(r.detach)
    }

    func testCopyPathHelpers() {
        XCTAssertEqual(ContainerCopy.baseName("/data/a"), "a")
        XCTAssertEqual(ContainerCopy.baseName("/data/"), "data")
        XCTAssertEqual(ContainerCopy.baseName("/data/."), "")
        XCTAssertEqual(ContainerCopy.baseName("/"), "")
        XCTAssertEqual(ContainerCopy.parent("/a/b/"), "/a")
        XCTAssertEqual(ContainerCopy.parent("/a"), "/")
        XCTAssertEqual(ContainerCopy.join("/", "x"), "/x")
        XCTAssertEqual(ContainerCopy.join("/a/", "x"), "/a/x")
    }

    func testTarNamesStayBeneathTheDestination() throws {
        XCTAssertEqual(try TarCopySource.relative("./a/./b"), "a/b")
        XCTAssertEqual(try TarCopySource.relative("/etc/passwd"), "etc/passwd")
        XCTAssertEqual(try TarCopySource.relative("."), "")
        XCTAssertThrowsError(try TarCopySource.relative("a/../../b"))
    }
}
