/// A Containerfile cut into its stages: the ARGs before the first FROM
/// (the global scope) and one stage per FROM with the steps under it.
public struct BuildPlan: Sendable {
    public struct Stage: Sendable {
        public var index: Int
        /// `AS name`, lower-cased; nil when unnamed.
        public var name: String?
        public var from: Instruction
        /// The base as written (`busybox:${TAG}`, `scratch`, another stage).
        public var base: String
        public var steps: [Instruction]
    }

    public var file: Containerfile
    public var globalArgs: [Instruction]
    public var stages: [Stage]

    /// The flags each instruction takes; any other is refused rather than
    /// ignored (a flag silently dropped would build something else than
    /// was asked). `--link` needs nothing: every COPY layer is already
    /// independent of the layers under it.
    static let knownFlags: [String: Set<String>] = [
        "FROM": ["platform"],
        "RUN": ["network", "mount"],
        "COPY": ["from", "chown", "chmod", "link", "exclude"],
        "ADD": ["chown", "chmod", "link", "exclude"],
    ]

    public init(_ file: Containerfile) throws(ContainerfileError) {
        self.file = file
        globalArgs = []
        stages = []
        for instruction in file.instructions {
            for flag in instruction.flags {
                let name = String(flag.dropFirst(2).prefix { $0 != "=" })
                guard Self.knownFlags[instruction.keyword]?.contains(name) ?? false else {
                    throw file.error(instruction, "unknown flag for \(instruction.keyword): \(flag.prefix { $0 != "=" })")
                }
            }
            if instruction.keyword == "FROM" {
                let words = instruction.arguments.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard words.count == 1 || (words.count == 3 && words[1].uppercased() == "AS") else {
                    throw file.error(instruction, "FROM requires either one argument, or three: FROM <source> [AS <name>]")
                }
                let name = words.count == 3 ? words[2].lowercased() : nil
                if let name {
                    guard Self.validStageName(name) else {
                        throw file.error(instruction, "invalid name for build stage: \"\(words[2])\", name can't start with a number or contain symbols")
                    }
                    guard !stages.contains(where: { $0.name == name }) else {
                        throw file.error(instruction, "duplicate name for build stage: \"\(name)\"")
                    }
                }
                stages.append(Stage(index: stages.count, name: name, from: instruction, base: words[0], steps: []))
            } else if stages.isEmpty {
                guard instruction.keyword == "ARG" else {
                    throw file.error(instruction, "no FROM before \(instruction.keyword): a Containerfile must start with FROM (only ARG may come before it)")
                }
                globalArgs.append(instruction)
            } else {
                stages[stages.count - 1].steps.append(instruction)
            }
        }
        guard !stages.isEmpty else {
            throw ContainerfileError(file: file.file, line: max(1, file.instructions.last?.line ?? 1), "no FROM instruction: nothing to build")
        }
    }

    static func validStageName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// A stage by its name or its index (`--from=0`, `FROM builder`).
    public func stage(named text: String) -> Stage? {
        if let hit = stages.first(where: { $0.name == text.lowercased() }) { return hit }
        if let n = Int(text), n >= 0, n < stages.count { return stages[n] }
        return nil
    }
}
