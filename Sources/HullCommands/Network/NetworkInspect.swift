import ArgumentParser
import HullEngine

struct NetworkInspect: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Display the configuration of networks.")

    @OptionGroup var global: GlobalOptions

    @Option(name: [.customShort("f"), .long], help: "Format the output using a Go template, or json (the default).")
    var format: String?

    @Argument(help: "Networks, by name or ID.", completion: .custom(Completion.networks))
    var names: [String]

    func execute(layout: StoreLayout) throws {
        let manager = try networkManager(layout)
        let store = NetworkStore(layout: layout)
        var found: [NetworkRecord] = []
        var failure: HullError?
        for name in names {
            do throws(HullError) {
                if name == manager.config.defaultNetwork { _ = try manager.defaultNetwork() }
                found.append(try store.require(name))
            } catch {
                failure = error
            }
        }
        if let format, format.lowercased() != "json" {
            try Output.printTable(format: format, rows: found.map { NetworkView.row($0, truncate: false) },
                                  headers: [:], noHeading: true)
        } else if !found.isEmpty || failure == nil {
            print(TemplateValue.list(found.map(NetworkView.json)).prettyJSONString())
        }
        if let failure { throw failure }
    }
}
