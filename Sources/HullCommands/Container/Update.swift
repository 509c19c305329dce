import ArgumentParser
import HullEngine

struct Update: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Update the resource limits of a container.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var resources: ResourceFlags

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var container: String

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        let c = try store.require(container)
        try store.update(c, resources: resources.options)
        print(c.id)
    }
}
