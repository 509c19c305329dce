import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The command tree. Each verb lives in its own file.
public struct HullCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "hull",
        abstract: "A daemonless, single-binary container engine.",
        discussion: "Podman-compatible commands for images and containers, without a daemon.",
        version: "hull version \(version)",
        subcommands: [
            Run.self, Create.self, Start.self, Attach.self, Cp.self, Stop.self, Kill.self, Wait.self, Restart.self, Logs.self, Exec.self, Rename.self, Diff.self, Top.self, Pause.self, Unpause.self, Update.self, Stats.self, Commit.self, Export.self, Ps.self, Rm.self, Inspect.self,
            Build.self, Buildx.self,
            Images.self, Import.self, History.self, Load.self, Login.self, Logout.self, Pull.self, Push.self, Rmi.self, Save.self, Tag.self, Untag.self,
            Port.self, HealthcheckGroup.self, ContainerGroup.self, PodGroup.self, ImageGroup.self, ComposeGroup.self, VolumeGroup.self, NetworkGroup.self, SystemGroup.self, Events.self, Version.self, Info.self, Unshare.self, ContainerMonitorCommand.self, ContainerCleanupCommand.self, ExecMonitorCommand.self, NamespaceFilesCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    public init() {}

    /// Parses, runs and exits with Podman's codes: 125 for hull's own
    /// errors (including bad flags), otherwise what the command decided.
    public static func entry() -> Never {
        let raw = Array(CommandLine.arguments.dropFirst())
        // Answered before the parser is built: scripts call it to probe.
        if let last = raw.last, last == "--version" || last == "-v", ArgumentRewriter.leadingGlobalWords(raw) == raw.count - 1 {
            print("hull version \(version)")
            Glibc.exit(0)
        }
        let args = ArgumentRewriter.rewrite(raw)
        // Only the words before a run/exec command's own arguments count.
        let ownWords = Array(args.prefix { $0 != "--" })
        do {
            try LogLevel.select(from: ownWords)
        } catch {
            // Podman prints these two without its "Error: " prefix.
            fflush(nil)
            StandardError.write(error.description + "\n")
            Glibc.exit(1)
        }
        // The everyday verbs need no look at the command tree.
        if leafVerbs[ownWords.first ?? ""] == nil {
            if let lines = UnknownCommand.check(ownWords) { fail(lines, code: 125) }
            if let (group, path) = UnknownCommand.missingCommand(ownWords) {
                print(HullCommand.helpMessage(for: group))
                fail(["missing command '\(path) COMMAND'"], code: 125)
            }
        }
        var command: any ParsableCommand
        do {
            command = try parse(args)
        } catch {
            reportParseError(error, args: args)
        }
        do {
            try command.run()
            Glibc.exit(0)
        } catch let error as HullError {
            if LogLevel.current.showsCauses {
                for cause in error.causeChain { StandardError.write("level=debug msg=\"caused by \(cause)\"\n") }
            }
            fail(error.message, code: error.code.rawValue)
        } catch let code as ExitCode {
            fflush(nil)
            Glibc.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            fail(message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments", code: 125)
        }
    }

    /// A command line the parser refused, in Podman's words (exit 125);
    /// --help, --version and the completion script exit 0 through here.
    static func reportParseError(_ error: any Error, args: [String]) -> Never {
        let leaf = error as? LeafParseError
        let (type, underlying): (any ParsableCommand.Type, any Error) = leaf.map { ($0.leaf, $0.error) } ?? (HullCommand.self, error)
        if type.exitCode(for: underlying) == .success { type.exit(withError: underlying) }
        let text = type.message(for: underlying).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
        let shape = CommandShape.named(by: args)
        fail(FlagErrorWording.lines(for: text, shape: shape, args: args), code: 125)
    }

    /// The everyday verbs are parsed as roots of their own: swift-argument-
    /// parser builds (by reflection) only the tree it is given, and the
    /// whole tree costs every command about a millisecond. Help, completion
    /// and man-page requests still see the whole tree.
    static let leafVerbs: [String: any ParsableCommand.Type] = [
        "run": Run.self, "create": Create.self, "start": Start.self, "stop": Stop.self, "rm": Rm.self,
        "ps": Ps.self, "exec": Exec.self, "inspect": Inspect.self, "images": Images.self, "logs": Logs.self,
        "kill": Kill.self, "wait": Wait.self, "attach": Attach.self,
        ContainerMonitorLauncher.hiddenCommand: ContainerMonitorCommand.self,
        ContainerOrphans.hiddenCommand: ContainerCleanupCommand.self,
        ExecSessionMonitor.hiddenCommand: ExecMonitorCommand.self,
        NamespaceFileWork.hiddenCommand: NamespaceFilesCommand.self,
    ]

    /// Parses the line; when the parser refuses it, once more with option
    /// values that begin with a dash attached to their options, as
    /// Podman's flag parser reads them (`--cpus -1`, `kill -s -INT`).
    static func parse(_ args: [String]) throws -> any ParsableCommand {
        do {
            return try parseOnce(args)
        } catch {
            let glued = ArgumentRewriter.glueDashValues(args, valueOptions: CommandShape.named(by: args).valueOptions)
            guard glued != args else { throw error }
            return try parseOnce(glued, prefetch: false)
        }
    }

    static func parseOnce(_ args: [String], prefetch: Bool = true) throws -> any ParsableCommand {
        let wantsTree = args.contains { $0 == "--help" || $0.hasPrefix("--generate-completion") || $0.hasPrefix("--experimental") || $0 == "help" }
        if prefetch, !wantsTree, let verb = args.first, verb == "run" || verb == "create" {
            // A rootless run's id-map helpers take longest: first.
            if verb == "run" { EarlyContainerChild.beginMaps(environment: ProcessInfo.processInfo.environment) }
            ContainerStartPrefetch.start()
        }
        if !wantsTree, let verb = args.first, let quick = quickParse(verb, Array(args.dropFirst())) {
            return quick
        }
        if !wantsTree, let verb = args.first, let leaf = leafVerbs[verb] {
            do {
                return try leaf.parseAsRoot(Array(args.dropFirst()))
            } catch {
                // Reported through the leaf, so messages name its options.
                throw LeafParseError(leaf: leaf, error: error)
            }
        }
        return try parseAsRoot(args)
    }

    /// run and create start containers and have the most options, and a
    /// pull is often a script's first step: their well-formed command lines
    /// skip reflection (see `OptionTable`).
    static func quickParse(_ verb: String, _ args: [String]) -> (any ParsableCommand)? {
        switch verb {
        case "run": Run.optionTable.parse(args) { $0.image = $1 } rest: { $0.command = $1 }
        case "create": Create.optionTable.parse(args) { $0.image = $1 } rest: { $0.command = $1 }
        case "pull": Pull.quickParse(args)
        default: nil
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        fail([message], code: code)
    }

    /// `Error: ` and the first line, then the others as they are.
    static func fail(_ lines: [String], code: Int32) -> Never {
        fflush(nil)
        StandardError.write("Error: " + lines.joined(separator: "\n") + "\n")
        Glibc.exit(code)
    }
}

/// A parse error of a verb parsed on its own (see `HullCommand.parse`).
struct LeafParseError: Error {
    let leaf: any ParsableCommand.Type
    let error: any Error
}
