import ArgumentParser
import HullEngine

struct NetworkExists: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "exists",
        abstract: "Check whether a network exists.",
        discussion: "Exit code 0 when it exists, 1 when it does not; nothing is printed. The default network always exists.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The network, by name or ID.", completion: .custom(Completion.networks))
    var names: [String] = []

    func validate() throws {
        try ExistsArgument.check(names)
    }

    func execute(layout: StoreLayout) throws {
        let name = names[0]
        // Made on first use, like Podman's, which is never missing.
        if name == (try networkManager(layout)).config.defaultNetwork { return }
        do {
            _ = try NetworkStore(layout: layout).require(name)
        } catch {
            throw ExitCode(1)
        }
    }
}
