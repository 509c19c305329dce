#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A failed system call: which operation, on what, and the errno it gave.
public struct LinuxError: Error, CustomStringConvertible, Equatable, Sendable {
    public let operation: String
    public let path: String?
    public let errno: Int32

    public init(_ operation: String, path: String? = nil, errno: Int32 = Glibc.errno) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// The C library's text for the errno, lower-cased like Go's errors.
    public var reason: String {
        guard let text = strerror(errno) else { return "errno \(errno)" }
        let s = String(cString: text)
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }

    public var description: String {
        if let path { return "\(operation) \(path): \(reason)" }
        return "\(operation): \(reason)"
    }
}

/// Runs a call that returns -1 and sets errno on failure, retrying EINTR.
@discardableResult
public func check<T: BinaryInteger>(_ operation: String, path: String? = nil, _ body: () -> T) throws(LinuxError) -> T {
    while true {
        let rc = body()
        if rc != -1 { return rc }
        if errno == EINTR { continue }
        throw LinuxError(operation, path: path)
    }
}
