import HullLinux

/// The one error type that reaches the user: a message, an exit code and
/// the lower-level error it came from. Printed as a single `Error: ...`
/// line; the cause (a `LinuxError` keeps operation, path and errno) is
/// printed under it with `--log-level debug`.
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
    private let causeBox: ErrorCause?
    public var cause: (any Error)? { causeBox?.error }

    public init(_ code: Code = .failure, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.causeBox = cause.map(ErrorCause.init)
    }

    /// The chain of causes, outermost first, each as its type and text:
    /// what `--log-level debug` shows under the error line.
    public var causeChain: [String] {
        var chain: [String] = []
        var next = cause
        while let error = next {
            chain.append("\(type(of: error)): \(error)")
            next = (error as? HullError)?.cause
        }
        return chain
    }

    public var description: String { message }

    /// Code 125 as most commands report it; `rm` turns it into 1.
    public static func noSuchContainer(_ name: String) -> HullError {
        HullError(.failure, "no container with name or ID \"\(name)\" found: no such container")
    }

    public static func noSuchImage(_ name: String) -> HullError {
        HullError(.failure, "\(name): image not known")
    }

    public func with(code: Code) -> HullError { HullError(code, message, cause: cause) }

    /// Wraps a lower-level failure with what hull was doing, keeping it as
    /// the cause.
    public static func wrap(_ error: any Error, _ context: String) -> HullError {
        if let e = error as? HullError { return e }
        return HullError(.failure, "\(context): \(error)", cause: error)
    }
}

/// A thrown error is a value nobody mutates after the throw; holding one in
/// a Sendable error is safe even when its type does not say so.
private struct ErrorCause: @unchecked Sendable {
    let error: any Error
}
