import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

final class HelperBinariesTests: XCTestCase {
    private func makeProgram(_ path: String, mode: mode_t) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
        XCTAssertGreaterThanOrEqual(fd, 0)
        close(fd)
        chmod(path, mode)
    }

    func testTheFirstExecutableFileAlongPathWins() throws {
        let a = try TemporaryDirectory.make("hull-helpers-a"), b = try TemporaryDirectory.make("hull-helpers-b")
        defer { _ = try? FileSystem.removeTree(a); _ = try? FileSystem.removeTree(b) }
        makeProgram(a + "/pasta", mode: 0o644)     // not executable: skipped
        mkdir(a + "/slirp4netns", 0o755)           // a directory: skipped
        makeProgram(b + "/pasta", mode: 0o755)
        makeProgram(b + "/slirp4netns", mode: 0o755)
        XCTAssertEqual(HelperBinaries.find("pasta", searchPath: a + ":" + b), b + "/pasta")
        XCTAssertEqual(HelperBinaries.find("slirp4netns", searchPath: a + ":" + b + "/"), b + "/slirp4netns")
        XCTAssertNil(HelperBinaries.find("newuidmap", searchPath: a + ":" + b))
    }

    func testRelativeEntriesAreNeverSearched() throws {
        let dir = try TemporaryDirectory.make("hull-helpers-rel")
        defer { _ = try? FileSystem.removeTree(dir) }
        makeProgram(dir + "/pasta", mode: 0o755)
        let cwd = getcwd(nil, 0).map { p in defer { free(p) }; return String(cString: p) }
        XCTAssertEqual(chdir(dir), 0)
        defer { if let cwd { chdir(cwd) } }
        XCTAssertNil(HelperBinaries.find("pasta", searchPath: ".:"))
        XCTAssertNil(HelperBinaries.find("pasta", searchPath: ""))
    }

    func testAnUnsetPathMeansTheSystemDirectories() {
        XCTAssertEqual(HelperBinaries.find("sh", searchPath: nil).map { $0.hasSuffix("/sh") }, true)
    }
}
