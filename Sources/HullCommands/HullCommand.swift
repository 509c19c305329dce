import ArgumentParser
import HullEngine
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
            Run.self, Create.self, Start.self, Stop.self, Kill.self, Wait.self, Restart.self, Logs.self, Exec.self, Rename.self, Diff.self, Top.self, Pause.self, Unpause.self, Update.self, Stats.self, Commit.self, Ps.self, Rm.self, Inspect.self,
            Images.self, Import.self, Rmi.self,
            ContainerGroup.self, ImageGroup.self, Version.self, ContainerMonitorCommand.self,
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
        do {
            var command = try parseAsRoot(args)
            try command.run()
            Glibc.exit(0)
        } catch let error as HullError {
            fail(error.message, code: error.code.rawValue)
        } catch let code as ExitCode {
            fflush(nil)
            Glibc.exit(code.rawValue)
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

    static func fail(_ message: String, code: Int32) -> Never {
        fflush(nil)
        let line = Array("Error: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        Glibc.exit(code)
    }
}
