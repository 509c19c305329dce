@testable import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A store of a test's own under /tmp: made by setUp, removed by tearDown.
enum TempStore {
    static func make(_ name: String) throws -> StoreLayout {
        var template = Array("/tmp/hull-\(name)-test.XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        let layout = StoreLayout(root: dir + "/root", runroot: dir + "/run")
        try layout.prepare()
        return layout
    }

    static func remove(_ layout: StoreLayout) {
        try? FileSystem.removeTree(AtomicFile.directory(of: layout.root))
    }
}
