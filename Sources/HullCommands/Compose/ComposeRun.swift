import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeRun: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a one-off command in a new container of a service.",
        discussion: "Starts the services it depends on first. The command's exit code becomes hull's. Runs in the foreground without stdin for now.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Flag(name: .shortAndLong, help: "Run in the background and print the container's ID.")
    var detach = false

    @Flag(name: .long, help: "Remove the container when it exits.")
    var rm = false

    @Option(name: .long, help: "Name of the container (default: PROJECT-SERVICE-run-ID).")
    var name: String?

    @Option(name: .shortAndLong, help: "Set an environment variable (KEY=VALUE).")
    var env: [String] = []

    @Option(name: .shortAndLong, help: "Run as this user.")
    var user: String?

    @Option(name: .shortAndLong, help: "Working directory inside the container.")
    var workdir: String?

    @Option(name: .long, help: "Override the image's entrypoint.")
    var entrypoint: String?

    @Flag(name: .customLong("no-deps"), help: "Do not start the services it depends on.")
    var noDeps = false

    @Flag(name: .customLong("service-ports"), help: "Publish the service's ports.")
    var servicePorts = false

    @Flag(name: [.customShort("T"), .customLong("no-TTY")], help: "Do not allocate a TTY (hull compose run never does yet).")
    var noTTY = false

    @Argument(help: "The service.")
    var service: String

    @Argument(help: "The command and its arguments (default: the service's).")
    var command: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, files) = try compose.load()
        var r = OneOffRequest(service: service)
        r.command = command.isEmpty ? nil : command
        r.entrypoint = entrypoint.map { $0.isEmpty ? [] : [$0] }
        r.env = env
        r.user = user
        r.workdir = workdir
        r.name = name
        r.autoRemove = rm
        r.noDeps = noDeps
        r.servicePorts = servicePorts
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        let images = try ComposeImages(layout: layout, pull: "missing", rebuild: false)
        let container = try reconciler.createOneOff(project, r, configFiles: files, ensureImage: images.ensure)
        if detach {
            try ContainerMonitorLauncher(layout: layout).startDetached(container)
            print(container.id)
            return
        }
        throw ExitCode(try ContainerRunner(layout: layout).runAttached(container))
    }
}
