import ArgumentParser
import HullEngine

struct ContainerExists: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "exists",
        abstract: "Check whether a container exists.",
        discussion: "Exit code 0 when it exists, 1 when it does not; nothing is printed.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var names: [String] = []

    func validate() throws {
        try ExistsArgument.check(names)
    }

    func execute(layout: StoreLayout) throws {
        if try ContainerStore(layout: layout).find(names[0]) == nil { throw ExitCode(1) }
    }
}
