import ArgumentParser
import HullEngine

struct Port: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "port", abstract: "List a container's published ports, or the host address of one.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Ports of all containers.")
    var all = false

    @Argument(help: "The container, then optionally PORT[/PROTO].", completion: .custom(Completion.containers))
    var arguments: [String] = []

    func validate() throws {
        if !all && arguments.isEmpty { throw ValidationError("specify a container") }
    }

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        if all {
            for c in store.list() where c.state.status == .running {
                for p in c.config.networking?.ports ?? [] { print("\(String(c.id.prefix(12)))\t\(line(p))") }
            }
            return
        }
        let c = try store.require(arguments[0])
        let ports = c.config.networking?.ports ?? []
        guard arguments.count > 1 else {
            for p in ports { print(line(p)) }
            return
        }
        let wanted = arguments[1].contains("/") ? arguments[1] : arguments[1] + "/tcp"
        let matching = ports.filter { $0.containerKey == wanted }
        guard !matching.isEmpty else {
            throw HullError(.failure, "failed to find published port \"\(wanted)\"")
        }
        for p in matching { print("\(p.hostIP.isEmpty ? "0.0.0.0" : p.hostIP):\(p.hostPort)") }
    }

    func line(_ p: PortMapping) -> String {
        "\(p.containerKey) -> \(p.hostIP.isEmpty ? "0.0.0.0" : p.hostIP):\(p.hostPort)"
    }
}
