import HullLinux

/// The one error type that reaches the user: a message and an exit code.
/// Printed as a single `Error: ...` line.
public struct HullError: Error, CustomStringConvertible, Sendable {
    public enum Code: Int32, Sendable {
        /// Podman's exit codes: `rm` of an unknown object is 1, of one in use 2.
        case notFound = 1
        case inUse = 2
        case failure = 125
        case cannotInvoke = 126
        case commandNotFound = 127
    }

    public let code: Code
    public let message: String

    public init(_ code: Code = .failure, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// Code 125 as most commands report it; `rm` turns it into 1.
    public static func noSuchContainer(_ name: String) -> HullError {
        HullError(.failure, "no container with name or ID \"\(name)\" found: no such container")
    }

    public static func noSuchImage(_ name: String) -> HullError {
        HullError(.failure, "\(name): image not known")
    }

    public func with(code: Code) -> HullError { HullError(code, message) }

    /// Wraps a lower-level failure with what hull was doing.
    public static func wrap(_ error: any Error, _ context: String) -> HullError {
        if let e = error as? HullError { return e }
        return HullError(.failure, "\(context): \(error)")
    }
}
