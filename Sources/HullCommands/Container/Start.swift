import ArgumentParser
import HullEngine

struct Start: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start one or more containers.",
        discussion: "With --attach the container runs in the foreground and its exit code becomes hull's.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Attach to the container's output and wait for it to exit.")
    var attach = false

    @Flag(name: .shortAndLong, help: "Pass stdin to the container.")
    var interactive = false

    @OptionGroup var attachFlags: AttachFlags

    @Flag(name: .long, help: "Start all containers regardless of their state or configuration.")
    var all = false

    @Option(name: [.customShort("f"), .long], help: "Start the containers that match: id, name (regex), status, label, ancestor, exited, restart-policy, before, since.")
    var filter: [String] = []

    @Argument(help: "Containers to start, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func validate() throws {
        if (all || !filter.isEmpty) && !containers.isEmpty {
            throw ValidationError("either start all containers or the container(s) provided in the arguments")
        }
        if !all && filter.isEmpty && containers.isEmpty { throw ValidationError("start requires at least one argument") }
        if attach && (containers.count > 1 || all || !filter.isEmpty) {
            throw ValidationError("you cannot start and attach multiple containers at once")
        }
    }

    func execute(layout: StoreLayout) throws {
        try global.checkRuntimeFlags()
        let store = ContainerStore(layout: layout)
        if attach {
            let container = try store.require(containers[0])
            let tty = container.config.tty == true
            let options = try attachFlags.clientOptions(forwardInput: interactive, tty: tty)
            let engine = ContainerAttach(layout: layout)
            // A running container is attached to, as Podman does.
            let connection = container.state.status == .running
                ? try engine.connect(container)
                : try engine.start(container, keepStdin: interactive)
            guard let code = try engine.relay(container, connection: connection, options: options) else { return }
            throw ExitCode(code)
        }
        var names = containers
        if all || !filter.isEmpty {
            // Podman starts the matching containers that are not running,
            // printing their full ids.
            var filters = try ContainerFilter.parse(filter)
            try filters.resolve(in: store)
            names = store.list().sorted { $0.config.created < $1.config.created }
                .filter { filters.matches($0) && ![.running, .paused, .stopping].contains($0.state.status) }
                .map(\.id)
        }
        var failure: HullError?
        for text in names {
            do throws(HullError) {
                let container = try store.require(text)
                try ContainerMonitorLauncher(layout: layout).startDetached(container)
                print(text)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
