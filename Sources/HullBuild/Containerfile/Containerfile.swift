/// A parsed Containerfile: its parser directives and its instructions.
public struct Containerfile: Equatable, Sendable {
    /// The name errors use (`Containerfile`, `build/Dockerfile.prod`).
    public var file: String
    /// `# syntax=...`, `# escape=...`, lower-cased keys.
    public var directives: [String: String]
    /// `\` unless `# escape=` chose `` ` ``.
    public var escape: Character
    public var instructions: [Instruction]

    public init(file: String, directives: [String: String] = [:], escape: Character = "\\", instructions: [Instruction]) {
        self.file = file
        self.directives = directives
        self.escape = escape
        self.instructions = instructions
    }

    public func error(_ instruction: Instruction, _ message: String) -> ContainerfileError {
        ContainerfileError(file: file, line: instruction.line, message)
    }
}
