import XCTest
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

@testable import HullEngine

final class VolatileOverlayTests: XCTestCase {
    private var dir = ""

    override func setUp() {
        var template = Array("/tmp/hull-volatile-XXXXXX".utf8CString)
        dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    override func tearDown() {
        try? FileSystem.removeTree(dir)
    }

    func testOnlyAskedForOverlaysAreVolatile() throws {
        let plain = try RootFileSystem.overlay(layersDir: "/l", diffIDs: ["sha256:aa"], upper: "/u", work: "/w", target: "/t")
        XCTAssertEqual(plain.mountStep?.data, "lowerdir=aa/diff,upperdir=/u,workdir=/w")
        let volatile = try RootFileSystem.overlay(layersDir: "/l", diffIDs: ["sha256:aa"], upper: "/u", work: "/w", target: "/t",
                                                  volatile: true)
        XCTAssertEqual(volatile.mountStep?.data, "lowerdir=aa/diff,upperdir=/u,workdir=/w,volatile")
    }

    func testBootTimeIsReadFromProcStat() {
        XCTAssertEqual(VolatileOverlayMarker.bootTime(procStat: "cpu  1 2 3\nintr 5\nbtime 1795400000\nprocesses 9\n"), 1_795_400_000)
        XCTAssertNil(VolatileOverlayMarker.bootTime(procStat: "cpu  1 2 3\n"))
        XCTAssertNotNil(VolatileOverlayMarker.bootTime())
    }

    /// A mark made since the host booted goes; one from before a boot stays
    /// (the kernel then refuses the mount, as it should); a work dir that
    /// was never mounted is left alone without asking for the boot time.
    func testOnlyAStaleMarkIsCleared() throws {
        var asked = 0
        VolatileOverlayMarker.clearIfStale(workDir: dir) { asked += 1; return 0 }
        XCTAssertEqual(asked, 0)

        let mark = dir + "/work/incompat/volatile"
        try FileSystem.makeDirectories(mark)
        // As the kernel leaves it: work/work with mode 0.
        XCTAssertEqual(chmod(dir + "/work", 0), 0)
        let madeAt = time(nil)
        VolatileOverlayMarker.clearIfStale(workDir: dir) { madeAt + 3600 }
        XCTAssertTrue(FileSystem.exists(mark), "a mark older than the boot stays")

        VolatileOverlayMarker.clearIfStale(workDir: dir) { madeAt - 3600 }
        XCTAssertFalse(FileSystem.exists(dir + "/work/incompat"))
        XCTAssertTrue(FileSystem.isDirectory(dir + "/work"))
    }
}
