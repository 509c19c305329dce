import ArgumentParser
import HullEngine

struct Rename: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename an existing container.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var container: String

    @Argument(help: "Its new name.")
    var name: String

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        try store.rename(try store.require(container), to: name)
    }
}
