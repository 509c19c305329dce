import ArgumentParser
import HullEngine

struct NetworkDisconnect: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "disconnect", abstract: "Disconnect a container from a network.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Accepted for Podman compatibility.")
    var force = false

    @Argument(help: "The network.", completion: .custom(Completion.networks))
    var network: String

    @Argument(help: "The container.", completion: .custom(Completion.containers))
    var container: String

    func execute(layout: StoreLayout) throws {
        try NetworkConnection(layout: layout).disconnect(container: container, network: network)
    }
}
