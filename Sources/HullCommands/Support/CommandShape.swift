import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The command a command line names and the options it declares, learned
/// from swift-argument-parser's own description of it. Reflection costs,
/// so only the error path asks: to word a flag error as Podman does and
/// to retry a line whose option values start with a dash.
struct CommandShape {
    struct Option: Equatable {
        var short: String?
        var long: String?
        var takesValue: Bool

        /// As Podman's flag errors name it: "-n, --last" or "--cpus".
        var display: String {
            [short.map { "-" + $0 }, long.map { "--" + $0 }].compactMap { $0 }.joined(separator: ", ")
        }
    }

    /// "hull", "hull run", "hull image rm".
    let path: String
    let options: [Option]
    /// Whether the command takes any positional argument.
    var takesArguments = true

    /// The deepest (sub)command named by the line's leading words; the
    /// rewriter has moved global options behind them.
    static func named(by args: [String]) -> CommandShape {
        var command: any ParsableCommand.Type = HullCommand.self
        var words = ["hull"]
        for word in args {
            guard !word.hasPrefix("-"), let sub = subcommand(of: command, named: word) else { break }
            command = sub
            words.append(word)
        }
        let (options, takesArguments) = arguments(of: command)
        return CommandShape(path: words.joined(separator: " "), options: options, takesArguments: takesArguments)
    }

    static func subcommand(of command: any ParsableCommand.Type, named word: String) -> (any ParsableCommand.Type)? {
        command.configuration.subcommands.first {
            $0._commandName == word || $0.configuration.aliases.contains(word)
        }
    }

    /// The option a name such as "-n" or "--last" stands for.
    func option(named name: String) -> Option? {
        options.first { option in
            if name.hasPrefix("--") { return option.long == String(name.dropFirst(2)) }
            return option.short == String(name.dropFirst())
        }
    }

    /// Every spelling of each value option, mapped to its long name
    /// (for `ArgumentRewriter.glueDashValues`).
    var valueOptions: [String: String] {
        var map: [String: String] = [:]
        for option in options where option.takesValue {
            guard let long = option.long else { continue }
            map["--" + long] = long
            if let short = option.short { map["-" + short] = long }
        }
        return map
    }

    private struct Dump: Decodable {
        struct Command: Decodable { let arguments: [Argument]? }
        struct Argument: Decodable {
            struct Name: Decodable { let kind: String; let name: String }
            let kind: String
            let names: [Name]?
        }
        let command: Command
    }

    private static func arguments(of command: any ParsableCommand.Type) -> ([Option], Bool) {
        guard let dump = try? JSONDecoder().decode(Dump.self, from: Data(command._dumpHelp().utf8)) else { return ([], true) }
        let arguments = dump.command.arguments ?? []
        let options = arguments.filter { $0.kind != "positional" }.map { argument in
            let names = argument.names ?? []
            return Option(short: names.first { $0.kind == "short" }?.name, long: names.first { $0.kind == "long" }?.name,
                          takesValue: argument.kind == "option")
        }
        return (options, arguments.contains { $0.kind == "positional" })
    }
}
