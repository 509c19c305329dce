import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A temp directory laid out like a cgroup mount, for the managers'
/// `.plainDirectory` mode.
struct FakeCgroupTree {
    let root: String

    init() throws {
        root = try TemporaryDirectory.make("hull-cgroup-test")
    }

    func remove() { try? FileSystem.removeTree(root) }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        if let slash = path.lastIndex(of: "/") { try FileSystem.makeDirectories(String(path[..<slash])) }
        try CgroupFiles.plainDirectory.write(text, to: path)
    }

    func read(_ relative: String) -> String? {
        try? CgroupFiles.kernel.readIfPresent(root + "/" + relative)
    }

    func exists(_ relative: String) -> Bool { FileSystem.exists(root + "/" + relative) }

    func list(_ relative: String) -> [String] { ((try? FileSystem.list(root + "/" + relative)) ?? []).sorted() }
}
