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

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var container: String

    func execute(layout: StoreLayout) throws {
        let c = try ContainerStore(layout: layout).require(container)
        let changes = try ContainerChanges(layout: layout).changes(c)
        if format == "json" {
            func paths(_ k: ContainerChanges.Kind) -> TemplateValue { .list(changes.filter { $0.kind == k }.map { .string($0.path) }) }
            print(TemplateValue.map([("changed", paths(.changed)), ("added", paths(.added)), ("deleted", paths(.deleted))]).prettyJSONString())
            return
        }
        for change in changes { print("\(change.kind.rawValue) \(change.path)") }
    }
}
