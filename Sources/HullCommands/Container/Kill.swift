import ArgumentParser
import HullEngine

struct Kill: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "kill", abstract: "Kill one or more running containers with a signal.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Signal all running containers.")
    var all = false

    @Option(name: .shortAndLong, help: "Signal to send (name or number).")
    var signal = "KILL"

    @Argument(help: "Containers to signal, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func validate() throws {
        if containers.isEmpty && !all { throw ValidationError("specify one or more containers to kill") }
    }

    func execute(layout: StoreLayout) throws {
        let number = try ContainerLifecycle.parseSignal(signal)
        let lifecycle = ContainerLifecycle(layout: layout)
        try ForEachContainer.run(containers, all: all, ignoreMissing: false, layout: layout,
                                 onlyActive: true) { (c) throws(HullError) in
            try lifecycle.kill(c, signal: number)
        }
    }
}
