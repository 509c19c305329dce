import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

final class FileSystemTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = try TemporaryDirectory.make("hull-linux-test")
    }

    override func tearDown() {
        try? FileSystem.removeTree(dir)
    }

    func testMakeDirectoriesAndList() throws {
        try FileSystem.makeDirectories(dir + "/a/b/c")
        XCTAssertTrue(FileSystem.isDirectory(dir + "/a/b/c"))
        XCTAssertEqual(try FileSystem.list(dir + "/a"), ["b"])
        XCTAssertEqual(try FileSystem.list(dir + "/missing"), [])
    }

    /// mkdir -p: the mode for what it makes, an existing path left alone,
    /// a file in the way an error; relative paths work too.
    func testMakeDirectoriesModesExistingPathsAndErrors() throws {
        let old = umask(0)
        defer { umask(old) }
        try FileSystem.makeDirectories(dir + "/m/n", mode: 0o700)
        var st = stat()
        XCTAssertEqual(stat(dir + "/m", &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o700)
        XCTAssertEqual(stat(dir + "/m/n", &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o700)
        try FileSystem.makeDirectories(dir + "/m/n")
        try FileSystem.makeDirectories(dir + "/m//n/o/")
        XCTAssertTrue(FileSystem.isDirectory(dir + "/m/n/o"))
        FileManagerFree.write(dir + "/file", "x")
        XCTAssertThrowsError(try FileSystem.makeDirectories(dir + "/file/sub"))
        XCTAssertEqual(chdir(dir), 0)
        try FileSystem.makeDirectories("rel/a")
        XCTAssertTrue(FileSystem.isDirectory(dir + "/rel/a"))
        chdir("/")
    }

    func testListDirectoriesNamesOnlyDirectories() throws {
        try FileSystem.makeDirectories(dir + "/top/sub1")
        try FileSystem.makeDirectories(dir + "/top/sub2")
        FileManagerFree.write(dir + "/top/file", "x")
        symlink(dir + "/top/sub1", dir + "/top/link")
        XCTAssertEqual(try FileSystem.listDirectories(dir + "/top").sorted(), ["sub1", "sub2"])
        XCTAssertEqual(try FileSystem.listDirectories(dir + "/missing"), [])
    }

    func testRemoveTreeDoesNotFollowSymlinks() throws {
        let outside = dir + "/outside"
        try FileSystem.makeDirectories(outside)
        FileManagerFree.write(outside + "/keep", "x")
        try FileSystem.makeDirectories(dir + "/tree/sub")
        symlink(outside, dir + "/tree/link")
        // A mode-000 directory, as overlayfs leaves in its work dir.
        try FileSystem.makeDirectories(dir + "/tree/sub/locked")
        chmod(dir + "/tree/sub/locked", 0)
        try FileSystem.removeTree(dir + "/tree")
        XCTAssertFalse(FileSystem.exists(dir + "/tree"))
        XCTAssertTrue(FileSystem.exists(outside + "/keep"))
        try FileSystem.removeTree(dir + "/tree")  // missing is fine
    }

    func testReadFileErrorCarriesPathAndErrno() {
        XCTAssertThrowsError(try FileSystem.readFile(dir + "/nope")) { error in
            let e = error as? LinuxError
            XCTAssertEqual(e?.errno, ENOENT)
            XCTAssertEqual(e?.description, "open \(dir)/nope: no such file or directory")
        }
    }

    func testFileLockExcludesOtherHolders() throws {
        let path = dir + "/lock"
        let lock = try FileLock(path: path)
        let fd = open(path, O_RDWR)
        defer { close(fd) }
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), -1)
        lock.unlock()
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)
    }

    func testProcessTableKnowsItself() {
        let me = getpid()
        let start = ProcessTable.startTime(of: me)
        XCTAssertNotNil(start)
        XCTAssertTrue(ProcessTable.isAlive(pid: me, startTime: start))
        XCTAssertFalse(ProcessTable.isAlive(pid: me, startTime: (start ?? 0) + 1))
        XCTAssertFalse(ProcessTable.isAlive(pid: 0, startTime: nil))
    }
}

/// Writing a small file without Foundation.
enum FileManagerFree {
    static func write(_ path: String, _ text: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}
