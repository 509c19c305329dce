/// swift-argument-parser's parse errors in the words of Podman's flag
/// parser (cobra and pflag), which scripts and people match on:
/// `unknown flag: --x`, `flag needs an argument: 'h' in -h`, followed by
/// `See 'hull run --help'`. A message of another kind stays as it is.
enum FlagErrorWording {
    /// Go's parser for each numeric option's type: its name appears in
    /// Podman's message for a value that does not convert.
    static let goParsers: [String: String] = [
        "pids-limit": "ParseInt", "last": "ParseInt", "cpu-shares": "ParseUint", "blkio-weight": "ParseUint",
        "time": "ParseUint", "timeout": "ParseUint", "stop-timeout": "ParseUint", "cpus": "ParseFloat",
        "health-retries": "ParseUint",
    ]

    /// Podman's words for a verb called without the argument it needs.
    static let missingArgument: [String: String] = [
        "run": "requires at least 1 arg(s), only received 0", "create": "requires at least 1 arg(s), only received 0",
        "exec": "exec requires the name or ID of a container or the --latest flag",
        "start": "start requires at least one argument", "logs": "specify at least one container name or ID to log",
    ]

    /// The lines to print (the first gets "Error: "); `args` is the
    /// command line, to find the word an unknown short flag came in.
    static func lines(for message: String, shape: CommandShape, args: [String]) -> [String] {
        // cobra's NoArgs, which Podman's listing verbs use; no help line.
        if !shape.takesArguments, message.hasPrefix("Unexpected argument") || message.contains(" unexpected arguments: ") {
            return ["`\(shape.path)` takes no arguments"]
        }
        if message.hasPrefix("Missing expected argument"), let verb = shape.path.split(separator: " ").last,
           let text = missingArgument[String(verb)] {
            return [text]
        }
        guard let wording = podmanWording(message, shape: shape, args: args) else { return [message] }
        return [wording, "See '\(shape.path) --help'"]
    }

    static func podmanWording(_ message: String, shape: CommandShape, args: [String]) -> String? {
        if let name = quoted(message, after: "Unknown option '") {
            guard !name.hasPrefix("--") else { return "unknown flag: \(name)" }
            guard let letter = name.dropFirst().first.map(String.init) else { return nil }
            return "unknown shorthand flag: '\(letter)' in -\(shortBundleRemainder(from: letter, args: args) ?? letter)"
        }
        if let spelled = quoted(message, after: "Missing value for '") {
            let name = optionName(spelled)
            return name.hasPrefix("--") ? "flag needs an argument: \(name)" : "flag needs an argument: '\(name.dropFirst())' in \(name)"
        }
        if let spelled = quoted(message, after: "The option '"), let value = quoted(message, after: "any value, but '") {
            let display = shape.option(named: spelled)?.display ?? spelled
            return "invalid argument \"\(value)\" for \"\(display)\" flag: strconv.ParseBool: parsing \"\(value)\": invalid syntax"
        }
        if message.hasPrefix("The value '"), let value = quoted(message, after: "The value '"),
           let spelled = quoted(message, after: "' is invalid for '") {
            guard let option = shape.option(named: optionName(spelled)), let long = option.long,
                  let parser = goParsers[long] else { return nil }
            return "invalid argument \"\(value)\" for \"\(option.display)\" flag: strconv.\(parser): parsing \"\(value)\": invalid syntax"
        }
        return nil
    }

    /// "--pids-limit <pids-limit>" -> "--pids-limit".
    private static func optionName(_ spelled: String) -> String {
        String(spelled.prefix { $0 != " " && $0 != "=" })
    }

    /// The text between `marker` and the next quote.
    private static func quoted(_ message: String, after marker: String) -> String? {
        guard let start = message.indices.first(where: { message[$0...].hasPrefix(marker) }) else { return nil }
        let rest = message[start...].dropFirst(marker.count)
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    /// pflag names the rest of the bundle from the unknown letter on:
    /// `-dZx` -> "Zx".
    private static func shortBundleRemainder(from letter: String, args: [String]) -> String? {
        for word in args {
            if word == "--" { break }
            guard word.hasPrefix("-"), !word.hasPrefix("--"), let at = word.dropFirst().firstIndex(of: Character(letter)) else { continue }
            return String(word[at...].prefix { $0 != "=" })
        }
        return nil
    }
}
