import ArgumentParser
import HullEngine

struct PodList: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "ps", abstract: "List pods.", aliases: ["ls", "list"])

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Filter: id, name, label, status, ctr-names, ctr-ids, ctr-status, ctr-number (KEY=VALUE).")
    var filter: [String] = []

    @Option(name: .long, help: "Pretty-print pods using a Go template, or json.")
    var format: String?

    @Flag(name: .long, help: "Do not print column headings.")
    var noheading = false

    @Flag(name: .long, help: "Do not truncate the output.")
    var noTrunc = false

    @Flag(name: .shortAndLong, help: "Print pod ids only.")
    var quiet = false

    static let defaultFormat = "table {{.ID}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraID}}\t{{.NumberOfContainers}}"
    static let headers = ["ID": "POD ID", "Name": "NAME", "Status": "STATUS", "Created": "CREATED",
                          "InfraID": "INFRA ID", "Id": "POD ID", "InfraId": "INFRA ID", "Cgroup": "CGROUP", "NumberOfContainers": "# OF CONTAINERS", "Labels": "LABELS", "Networks": "NETWORKS"]

    func execute(layout: StoreLayout) throws {
        let store = PodStore(layout: layout)
        var pods: [(PodRecord, [Container], String)] = store.list().reversed().map { pod in
            let members = store.members(of: pod)
            return (pod, members, PodStatus.derive(members.map(\.state.status)))
        }
        for f in filter {
            let kv = f.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard kv.count == 2 else { throw HullError(.failure, "invalid filter \"\(f)\": expected KEY=VALUE") }
            let value = kv[1]
            switch kv[0] {
            case "id": pods = pods.filter { $0.0.id.hasPrefix(value) }
            case "name": pods = pods.filter { NameRegex.matches(pattern: value, $0.0.name) }
            case "status": pods = pods.filter { $0.2.lowercased() == value.lowercased() }
            case "label":
                let lk = value.split(separator: "=", maxSplits: 1).map(String.init)
                pods = pods.filter { lk.count == 1 ? $0.0.labels[lk[0]] != nil : $0.0.labels[lk[0]] == lk[1] }
            case "ctr-names": pods = pods.filter { $0.1.contains { NameRegex.matches(pattern: value, $0.name) } }
            case "ctr-ids": pods = pods.filter { $0.1.contains { $0.id.hasPrefix(value) } }
            case "ctr-status": pods = pods.filter { $0.1.contains { $0.state.status.rawValue == value } }
            case "ctr-number": pods = pods.filter { String($0.1.count) == value }
            default: throw HullError(.failure, "\(kv[0]) is an invalid filter")
            }
        }
        if quiet {
            for (pod, _, _) in pods { print(noTrunc ? pod.id : String(pod.id.prefix(12))) }
            return
        }
        if let format, OutputFormat.isJSON(format) {
            print(TemplateValue.list(pods.map { PodView.json($0.0, members: $0.1, status: $0.2) }).prettyJSONString())
            return
        }
        let rows = pods.map { PodView.row($0.0, members: $0.1, status: $0.2, truncate: !noTrunc) }
        try Output.printTable(format: format ?? Self.defaultFormat, rows: rows, headers: Self.headers, noHeading: noheading,
                              templateName: "ps")
    }
}
