import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct ContainerPrune: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "prune", abstract: "Remove all stopped containers.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Do not prompt for confirmation.")
    var force = false

    @Option(name: .long, help: "Only containers matching: until=TIME (created before), label=KEY[=VALUE], label!=KEY[=VALUE].")
    var filter: [String] = []

    func execute(layout: StoreLayout) throws {
        let filters = try PruneFilter.parse(filter) { try TimeArgument.parse($0, flag: "filter until") }
        if !force && !Confirmation.ask("WARNING! This will remove all non running containers.") { return }
        let remover = ContainerRemover(layout: layout)
        var failure: HullError?
        for c in ContainerStore(layout: layout).list() where (c.state.status == .exited || c.state.status == .created) && c.config.infra != true && filters.matches(c) {
            do throws(HullError) {
                try remover.remove(c, force: false)
                print(c.id)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
