import ArgumentParser
import HullEngine

struct PodInspect: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Show details of a pod.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Format the output using a Go template, or json.")
    var format: String?

    @Argument(help: "The pod's name or id.", completion: .custom(Completion.pods))
    var names: [String] = []

    func execute(layout: StoreLayout) throws {
        let store = PodStore(layout: layout)
        guard !names.isEmpty else { throw HullError(.failure, "you must provide the name or id of a running pod") }
        for name in names {
            let pod = try store.require(name)
            let members = store.members(of: pod)
            let value = PodView.inspect(pod, members: members, status: store.status(of: pod))
            try Output.printTemplated(format: format ?? "json", value: value)
        }
    }
}
