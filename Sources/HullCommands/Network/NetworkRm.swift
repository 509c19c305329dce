import ArgumentParser
import HullEngine

struct NetworkRm: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm", abstract: "Remove networks.",
        discussion: "Exit code 1 when a network is unknown, 2 when containers use it (without --force).",
        aliases: ["remove"])

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Remove the containers that use the network too.")
    var force = false

    @Argument(help: "Networks, by name or ID.", completion: .custom(Completion.networks))
    var names: [String]

    func execute(layout: StoreLayout) throws {
        let manager = try networkManager(layout)
        let store = NetworkStore(layout: layout)
        var failure: HullError?
        for name in names {
            do throws(HullError) {
                guard (try? store.require(name)) != nil else {
                    if force { continue }  // Podman: no error for an unknown network with -f
                    throw HullError(.notFound, "unable to find network with name or ID \(name): network not found")
                }
                print(try manager.remove(name, force: force))
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
