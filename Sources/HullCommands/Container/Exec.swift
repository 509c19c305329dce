import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Exec: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "exec",
        abstract: "Run a process in a running container.",
        discussion: "The process joins the container's namespaces and gets its environment, user and working directory unless overridden. Its exit code becomes hull's.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Run the process in the background.")
    var detach = false

    @Option(name: .shortAndLong, help: "Set an environment variable (KEY=VALUE, or KEY to copy hull's own).")
    var env: [String] = []

    @Option(name: .long, help: "Override the key sequence for detaching from an interactive session, which keeps running: a character, or a comma-separated list of ctrl-<a-z @ [ \\ ] ^ _> (default ctrl-p,ctrl-q; empty: never).")
    var detachKeys: String?

    @Flag(name: .shortAndLong, help: "Pass stdin to the process.")
    var interactive = false

    @Flag(name: .shortAndLong, help: "Allocate a pseudo-TTY.")
    var tty = false

    @Option(name: .shortAndLong, help: "Username or UID, with an optional group: user[:group].")
    var user: String?

    @Option(name: .shortAndLong, help: "Working directory inside the container.")
    var workdir: String?

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var container: String

    @Argument(help: "The command and its arguments.")
    var command: [String] = []

    func execute(layout: StoreLayout) throws {
        var options = ContainerExec.Options(command: command)
        if let detachKeys { options.detachKeys = try DetachKeys(parsing: detachKeys) }
        let c = try ContainerStore(layout: layout).require(container)
        options.env = env
        options.user = user
        options.workdir = workdir
        options.interactive = interactive
        options.detach = detach
        options.tty = tty
        TTYWarning.check(tty: tty, interactive: interactive)
        let code = try ContainerExec(layout: layout).run(c, options, hostEnvironment: ProcessInfo.processInfo.environment)
        throw ExitCode(code)
    }
}
