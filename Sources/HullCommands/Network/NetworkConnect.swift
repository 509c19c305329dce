import ArgumentParser
import HullEngine

struct NetworkConnect: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "connect", abstract: "Connect a container to a network.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Another name the container answers to on this network.")
    var alias: [String] = []

    @Option(name: .long, help: "The container's IPv4 address on this network.")
    var ip: String?

    @Argument(help: "The network.", completion: .custom(Completion.networks))
    var network: String

    @Argument(help: "The container.", completion: .custom(Completion.containers))
    var container: String

    func execute(layout: StoreLayout) throws {
        try NetworkConnection(layout: layout).connect(container: container, network: network, aliases: alias, ip: ip)
    }
}
