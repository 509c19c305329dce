import XCTest
@testable import HullEngine
import HullLinux
import CLibs
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON store, names and the layer store against a temp directory.
final class StoreTests: XCTestCase {
    var layout = StoreLayout(root: "", runroot: "")

    override func setUpWithError() throws {
        layout = try TempStore.make("store")
    }

    override func tearDown() {
        TempStore.remove(layout)
    }

    func config(_ name: String, id: String = Identifier.random()) -> ContainerConfig {
        ContainerConfig(id: id, name: name, imageID: String(repeating: "a", count: 64), imageName: "localhost/x:latest",
                        created: Date(), entrypoint: [], cmd: ["true"], env: [], workingDir: "/", user: "",
                        hostname: "h", labels: [:], interactive: false, autoRemove: false, network: "none")
    }

    func testAtomicWriteReplacesWholeFiles() throws {
        let path = layout.root + "/f.json"
        try AtomicFile.write(Array("one".utf8), to: path)
        try AtomicFile.write(Array("two".utf8), to: path, durable: false)
        XCTAssertEqual(String(decoding: try FileSystem.readFile(path), as: UTF8.self), "two")
        XCTAssertEqual(try FileSystem.list(layout.root).filter { $0.contains(".tmp-") }, [])
    }

    private struct Counter: Codable, Equatable {
        var count: Int
    }

    private struct Named: Codable, Equatable {
        var name: String?
    }

    func testJSONReadsAfterAChangeSeeTheNewContent() throws {
        let path = layout.root + "/counter.json"
        try JSONFile.write(Counter(count: 1), to: path)
        XCTAssertEqual(try JSONFile.read(Counter.self, from: path), Counter(count: 1))
        XCTAssertEqual(try JSONFile.read(Counter.self, from: path), Counter(count: 1))
        // Another writer (a separate process, as far as this one knows).
        try AtomicFile.write(Array(#"{"count":2}"#.utf8), to: path)
        XCTAssertEqual(try JSONFile.read(Counter.self, from: path), Counter(count: 2))
        // The same bytes read as another type are decoded as that type.
        XCTAssertEqual(try JSONFile.read(Named.self, from: path), Named(name: nil))
        try AtomicFile.write(Array("{".utf8), to: path)
        XCTAssertThrowsError(try JSONFile.read(Counter.self, from: path))
    }

    func testContainerCreateFindAndRemove() throws {
        let store = ContainerStore(layout: layout)
        let c = config("web")
        try store.create(c)
        XCTAssertEqual(try store.find("web")?.id, c.id)
        XCTAssertEqual(try store.find(String(c.id.prefix(6)))?.name, "web")
        XCTAssertEqual(try store.find(c.id)?.state.status, .created)
        XCTAssertNil(try store.find("other"))
        XCTAssertThrowsError(try store.create(config("web"))) { error in
            XCTAssertTrue("\(error)".contains("already in use"))
        }
        try store.remove(try store.require("web"))
        XCTAssertNil(try store.find("web"))
        XCTAssertEqual(try FileSystem.list(layout.containersDir), [])
        try store.create(config("web"))  // the name is free again
    }

    func testStaleNameFromAKilledCreateIsReclaimed() throws {
        let store = ContainerStore(layout: layout)
        try FileSystem.makeDirectories(layout.root + "/names")
        symlink(Identifier.random(), layout.root + "/names/stale")
        try store.create(config("stale"))
        XCTAssertNotNil(try store.find("stale"))
    }

    func testInvalidNamesAreRefused() {
        XCTAssertThrowsError(try ContainerStore(layout: layout).create(config("-bad")))
        XCTAssertThrowsError(try ContainerStore(layout: layout).create(config("a/b")))
    }

    /// A layer with whiteouts becomes overlay whiteouts; needs root for
    /// device nodes and trusted xattrs.
    func testLayerWhiteoutsBecomeOverlayWhiteouts() throws {
        if geteuid() != 0 { throw XCTSkip("needs root for mknod and trusted.* xattrs") }
        let src = AtomicFile.directory(of: layout.root) + "/src"
        try FileSystem.makeDirectories(src + "/dir")
        for f in ["/keep", "/.wh.gone", "/dir/.wh..wh..opq"] {
            let fd = open(src + f, O_WRONLY | O_CREAT, 0o644); close(fd)
        }
        let tar = AtomicFile.directory(of: layout.root) + "/layer.tar"
        XCTAssertEqual(system("tar -C '\(src)' -cf '\(tar)' keep .wh.gone dir dir/.wh..wh..opq"), 0)
        let fd = open(tar, O_RDONLY)
        defer { close(fd) }
        let record = try LayerStore(layout: layout).add(from: fd, source: tar)
        let diff = LayerStore(layout: layout).diffDirectory(record.diffID)
        var st = stat()
        XCTAssertEqual(lstat(diff + "/gone", &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFCHR)
        XCTAssertEqual(st.st_rdev, 0)
        var value = [UInt8](repeating: 0, count: 4)
        XCTAssertEqual(getxattr(diff + "/dir", "trusted.overlay.opaque", &value, 4), 1)
        XCTAssertEqual(value[0], UInt8(ascii: "y"))
        XCTAssertFalse(FileSystem.exists(diff + "/dir/.wh..wh..opq"))
        XCTAssertTrue(record.diffID.hasPrefix("sha256:"))
        XCTAssertEqual(record.diffID, "sha256:" + SHA256Hasher.hexDigest(of: try FileSystem.readFile(tar)))
    }
}
