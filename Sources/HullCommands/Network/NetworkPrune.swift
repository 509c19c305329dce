import ArgumentParser
import HullEngine

struct NetworkPrune: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "prune", abstract: "Remove networks no container uses.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Do not prompt for confirmation.")
    var force = false

    func execute(layout: StoreLayout) throws {
        if !force {
            guard try Confirmation.ask("WARNING! This will remove all networks not used by at least one container.") else { return }
        }
        for name in try networkManager(layout).prune() { print(name) }
    }
}
