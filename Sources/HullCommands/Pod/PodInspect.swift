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
        var values: [TemplateValue] = []
        var missing: String?
        for name in names {
            guard let pod = try store.find(name) else {
                missing = missing ?? name
                continue
            }
            values.append(PodView.inspect(pod, members: store.members(of: pod), status: store.status(of: pod)))
        }
        // Podman: one pod is one object, several an array.
        if format == nil || OutputFormat.isJSON(format ?? "") {
            Output.emit((values.count == 1 ? values[0] : .list(values)).prettyJSONString() + "\n")
        } else {
            for v in values { try Output.printTemplated(format: format ?? "json", value: v) }
        }
        if let missing { throw HullError(.failure, "inspecting object: no such pod \(missing)") }
    }
}
