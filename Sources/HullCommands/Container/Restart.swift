import ArgumentParser
import HullEngine

struct Restart: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "restart", abstract: "Restart one or more containers.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Restart all containers.")
    var all = false

    @Option(name: [.customShort("t"), .long], help: "Seconds to wait before killing the container.")
    var time: Int?

    @Argument(help: "Containers to restart, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func validate() throws {
        if containers.isEmpty && !all { throw ValidationError("specify one or more containers to restart") }
    }

    func execute(layout: StoreLayout) throws {
        try global.checkRuntimeFlags()
        let lifecycle = ContainerLifecycle(layout: layout)
        let store = ContainerStore(layout: layout)
        try ForEachContainer.run(containers, all: all, ignoreMissing: false, layout: layout,
                                 onlyActive: false) { (c) throws(HullError) in
            try lifecycle.restart(try store.load(c.id), timeout: time)
        }
    }
}
