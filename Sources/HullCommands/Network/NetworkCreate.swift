import ArgumentParser
import HullEngine

struct NetworkCreate: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a bridge network.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "IPv4 subnet, e.g. 10.90.0.0/24 (default: a free 10.x.y.0/24).")
    var subnet: String?

    @Option(name: .long, help: "Gateway address (default: the subnet's first host address).")
    var gateway: String?

    @Option(name: [.customShort("d"), .long], help: "Network driver: bridge.")
    var driver = "bridge"

    @Option(name: .customLong("interface-name"), help: "Name of the bridge on the host (default: hullN).")
    var interfaceName: String?

    @Option(name: .long, help: "Set metadata on the network (KEY=VALUE).")
    var label: [String] = []

    @Flag(name: .long, help: "Restrict external access: no masquerade (containers reach only each other).")
    var `internal` = false

    @Argument(help: "The network's name (default: the first free hullN).")
    var name: String?

    func execute(layout: StoreLayout) throws {
        let manager = try networkManager(layout)
        var r = NetworkManager.CreateRequest(name: name ?? NetworkStore(layout: layout).freeName())
        r.subnet = subnet
        r.gateway = gateway
        r.driver = driver
        r.interfaceName = interfaceName
        r.internal = `internal`
        for item in label {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            r.labels[kv[0]] = kv.count > 1 ? kv[1] : ""
        }
        print(try manager.create(r).name)
    }
}
