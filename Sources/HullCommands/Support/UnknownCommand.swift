import ArgumentParser

/// A command word hull does not know, reported as Podman's cobra does:
/// `unrecognized command `hull rnu``, the near names, and where help is.
enum UnknownCommand {
    /// Podman's top-level commands in the order it registers them, which
    /// is the order it suggests them in; hull's other commands follow.
    static let podmanOrder = [
        "attach", "commit", "container", "cp", "create", "exec", "export", "init", "kill", "logs", "mount",
        "pause", "port", "ps", "rename", "restart", "rm", "run", "start", "stats", "stop", "top", "unmount",
        "unpause", "update", "wait", "generate", "healthcheck", "build", "history", "image", "import", "images",
        "load", "pull", "push", "rmi", "save", "search", "tag", "untag", "kube", "machine", "manifest", "network",
        "pod", "secret", "events", "info", "system", "unshare", "version", "volume", "auto-update", "diff",
        "inspect", "login", "logout",
    ]

    /// The error lines when the line's command words name no command;
    /// nil when they do (or when there are none: the parser decides).
    static func check(_ args: [String]) -> [String]? {
        var command: any ParsableCommand.Type = HullCommand.self
        var path = "hull"
        for word in args {
            guard !word.hasPrefix("-") else { return nil }
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty || word == "help" { return nil }
            guard let sub = CommandShape.subcommand(of: command, named: word) else {
                let visible = subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
                let names = ObjectIdentifier(command) == ObjectIdentifier(HullCommand.self) ? podmanOrder.filter(visible.contains) + visible.filter { !podmanOrder.contains($0) } : visible
                // Podman suggests near names for its own commands only; in
                // a group, only names that begin with the word.
                let distance = ObjectIdentifier(command) == ObjectIdentifier(HullCommand.self) ? 2 : 0
                return lines(path: path, word: word, suggestions: suggestions(for: word, among: names, within: distance))
            }
            command = sub
            path += " " + word
        }
        return nil
    }

    /// The group (or hull itself) when the line names no command under
    /// it, only options: Podman prints its help and refuses the line.
    static func missingCommand(_ args: [String]) -> (command: any ParsableCommand.Type, path: String)? {
        if args.contains(where: { $0 == "--help" || $0 == "-h" || $0 == "--version" || $0.hasPrefix("--generate-completion") || $0.hasPrefix("--experimental") }) {
            return nil
        }
        var command: any ParsableCommand.Type = HullCommand.self
        var path = "hull"
        var rest = args[...]
        while let word = rest.first, !word.hasPrefix("-"), let sub = CommandShape.subcommand(of: command, named: word) {
            command = sub
            path += " " + word
            rest = rest.dropFirst()
        }
        guard !command.configuration.subcommands.isEmpty,
              ArgumentRewriter.leadingGlobalWordsWanted(Array(rest)) == rest.count else { return nil }
        return (command, path)
    }

    static func lines(path: String, word: String, suggestions: [String]) -> [String] {
        var lines = ["unrecognized command `\(path) \(word)`"]
        if !suggestions.isEmpty { lines += ["", "Did you mean this?"] + suggestions.map { "\t" + $0 } + [""] }
        return lines + ["Try '\(path) --help' for more information"]
    }

    /// cobra's rule: a name within `distance` edits (case-insensitive), or one the word begins.
    static func suggestions(for word: String, among names: [String], within distance: Int) -> [String] {
        let typed = word.lowercased()
        return names.filter { name in
            name.lowercased().hasPrefix(typed) || editDistance(typed, name.lowercased()) <= distance
        }
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
