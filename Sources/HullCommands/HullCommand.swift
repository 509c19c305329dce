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
            Images.self, Import.self, History.self, Load.self, Login.self, Logout.self, Pull.self, Push.self, Rmi.self, Save.self, Tag.self, Untag.self,
            Port.self, ContainerGroup.self, ImageGroup.self, VolumeGroup.self, NetworkGroup.self, SystemGroup.self, Version.self, Info.self, Unshare.self, ContainerMonitorCommand.self, ExecMonitorCommand.self, NamespaceFilesCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    public init() {}

    /// Parses, runs and exits with Podman's codes: 125 for hull's own
    /// errors (including bad flags), otherwise what the command decided.
    public static func entry() -> Never {
        let raw = Array(CommandLine.arguments.dropFirst())
        // Answered before the parser is built: scripts call it to probe.
        if raw == ["--version"] || raw == ["-v"] {
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
        do {
            var command = try parse(args)
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
        } catch let leafError as LeafParseError {
            let text = leafError.leaf.message(for: leafError.error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            fail(text, code: 125)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version and the completion script.
                exit(withError: error)
            }
            let text = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            fail(text, code: 125)
        }
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
        ExecSessionMonitor.hiddenCommand: ExecMonitorCommand.self,
        NamespaceFileWork.hiddenCommand: NamespaceFilesCommand.self,
    ]

    static func parse(_ args: [String]) throws -> any ParsableCommand {
        let wantsTree = args.contains { $0 == "--help" || $0.hasPrefix("--generate-completion") || $0.hasPrefix("--experimental") || $0 == "help" }
        if !wantsTree, let verb = args.first, verb == "run" || verb == "create" {
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
        fflush(nil)
        StandardError.write("Error: \(message)\n")
        Glibc.exit(code)
    }
}

/// A parse error of a verb parsed on its own (see `HullCommand.parse`).
struct LeafParseError: Error {
    let leaf: any ParsableCommand.Type
    let error: any Error
}
