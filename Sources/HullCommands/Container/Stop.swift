import ArgumentParser
import HullEngine

struct Stop: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop",
        abstract: "Stop one or more containers.",
        discussion: "Sends the stop signal (the image's or --stop-signal's, else SIGTERM), then SIGKILL after the timeout.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Stop all running containers.")
    var all = false

    @Flag(name: .shortAndLong, help: "Ignore errors when a specified container is missing.")
    var ignore = false

    @Option(name: [.customShort("t"), .long, .customLong("timeout")], help: "Seconds to wait before killing the container.")
    var time: Int?

    @Argument(help: "Containers to stop, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func validate() throws {
        if containers.isEmpty && !all { throw ValidationError("specify one or more containers to stop") }
    }

    func execute(layout: StoreLayout) throws {
        let lifecycle = ContainerLifecycle(layout: layout)
        // --all: every container, stopped ones too (no error, printed), as Podman.
        try ForEachContainer.run(containers, all: all, ignoreMissing: ignore, layout: layout,
                                 onlyActive: false) { (c) throws(HullError) in
            try lifecycle.stop(c, timeout: time)
        }
    }
}
