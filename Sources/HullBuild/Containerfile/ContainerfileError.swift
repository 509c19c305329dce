import HullEngine

/// A Containerfile the builder cannot follow, with the file and line to
/// look at: reported as `Error: Containerfile:3: ...`, exit 125.
public struct ContainerfileError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }

    public var hullError: HullError { HullError(.failure, description, cause: self) }
}
