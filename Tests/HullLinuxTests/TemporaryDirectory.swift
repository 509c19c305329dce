@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory under /tmp for one test.
enum TemporaryDirectory {
    static func make(_ prefix: String) throws -> String {
        var template = Array("/tmp/\(prefix).XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let made else { throw LinuxError("mkdtemp", path: "/tmp") }
        return made
    }
}
