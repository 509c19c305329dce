import ArgumentParser
import HullEngine

struct Diff: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the changes a container made to its image's file system.",
        discussion: "A added, C changed, D deleted. The files hull provides (/etc/hosts, /dev, /proc, ...) are left out.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Output format: json, or the default lines.")
    var format: String?

    @Flag(name: .shortAndLong, help: "Act on the latest container hull is aware of.")
    var latest = false

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var container: String?

    func validate() throws {
        if latest && container != nil { throw ValidationError("--latest and containers cannot be used together") }
        if !latest && container == nil { throw ValidationError("\"hull diff\" requires a name, id, or the \"--latest\" flag") }
    }

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        let c: Container
        if let container {
            c = try store.require(container)
        } else {
            guard let newest = store.list().max(by: { $0.config.created < $1.config.created }) else {
                throw HullError(.failure, "unable to get latest container: no such container")
            }
            c = newest
        }
        let changes = try ContainerChanges(layout: layout).changes(c)
        if format == "json" {
            func paths(_ k: ContainerChanges.Kind) -> TemplateValue { .list(changes.filter { $0.kind == k }.map { .string($0.path) }) }
            print(TemplateValue.map([("changed", paths(.changed)), ("added", paths(.added)), ("deleted", paths(.deleted))]).prettyJSONString())
            return
        }
        for change in changes { print("\(change.kind.rawValue) \(change.path)") }
    }
}
