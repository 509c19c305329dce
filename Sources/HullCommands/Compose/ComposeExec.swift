import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

struct ComposeExec: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "exec",
        abstract: "Run a command in a service's running container.",
        discussion: "stdin is passed and a TTY allocated when hull's stdin is a terminal (-T: no TTY). Its exit code becomes hull's.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Flag(name: .shortAndLong, help: "Run the command in the background.")
    var detach = false

    @Option(name: .shortAndLong, help: "Set an environment variable (KEY=VALUE).")
    var env: [String] = []

    @Flag(name: [.customShort("T"), .customLong("no-TTY")], help: "Do not allocate a TTY.")
    var noTTY = false

    @Option(name: .shortAndLong, help: "Run as this user.")
    var user: String?

    @Option(name: .shortAndLong, help: "Working directory inside the container.")
    var workdir: String?

    @Option(name: .long, help: "Which replica of the service (default 1).")
    var index = 1

    @Argument(help: "The service.")
    var service: String

    @Argument(help: "The command and its arguments.")
    var command: [String] = []

    func execute(layout: StoreLayout) throws {
        guard !command.isEmpty else { throw HullError(.failure, "exec needs a command to run") }
        let name = try compose.projectNameOnly()
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        guard let c = reconciler.containers(of: name).first(where: {
            $0.config.labels[ComposeLabels.service] == service && $0.config.labels[ComposeLabels.oneoff] != "True"
                && $0.config.labels[ComposeLabels.number] == String(index)
        }) else {
            throw HullError(.failure, "service \"\(service)\" is not running")
        }
        let terminal = isatty(0) == 1 && !detach
        var options = ContainerExec.Options(command: command)
        options.env = env
        options.user = user
        options.workdir = workdir
        options.interactive = !detach
        options.tty = terminal && !noTTY
        options.detach = detach
        let code = try ContainerExec(layout: layout).run(c, options, hostEnvironment: ProcessInfo.processInfo.environment)
        throw ExitCode(code)
    }
}
