import ArgumentParser
import HullEngine

struct NetworkList: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "ls", abstract: "List networks.", aliases: ["list"])

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Pretty-print networks using a Go template, or json.")
    var format: String?

    @Flag(name: .shortAndLong, help: "Display only network names.")
    var quiet = false

    @Flag(name: .customLong("no-trunc"), help: "Do not truncate network IDs.")
    var noTrunc = false

    @Flag(name: [.customShort("n"), .long], help: "Do not print column headings.")
    var noheading = false

    @Option(name: [.customShort("f"), .long], help: "Filter: name=REGEX, id=PREFIX, driver=bridge, label=KEY[=VALUE].")
    var filter: [String] = []

    static let defaultFormat = "table {{.ID}}\t{{.Name}}\t{{.Driver}}"
    static let headers = ["ID": "NETWORK ID", "Name": "NAME", "Driver": "DRIVER", "NetworkInterface": "NETWORK INTERFACE",
                          "Subnets": "SUBNETS", "Created": "CREATED", "Labels": "LABELS", "Internal": "INTERNAL",
                          "IPv6Enabled": "IPV6", "DNSEnabled": "DNS"]

    func execute(layout: StoreLayout) throws {
        _ = try? networkManager(layout).defaultNetwork()
        let networks = try NetworkStore(layout: layout).list().filter(matches)
        if quiet {
            networks.forEach { print($0.name) }
            return
        }
        if format?.lowercased() == "json" {
            print(TemplateValue.list(networks.map(NetworkView.json)).prettyJSONString())
            return
        }
        try Output.printTable(format: format ?? Self.defaultFormat, rows: networks.map { NetworkView.row($0, truncate: !noTrunc) },
                              headers: Self.headers, noHeading: noheading)
    }

    func matches(_ n: NetworkRecord) throws -> Bool {
        for f in filter {
            let kv = f.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { throw HullError(.failure, "invalid filter \"\(f)\": expected KEY=VALUE") }
            switch kv[0] {
            case "name":
                if !NameRegex.matches(pattern: kv[1], n.name) { return false }
            case "id": if !n.id.hasPrefix(kv[1]) { return false }
            case "driver": if n.driver != kv[1] { return false }
            case "label":
                let lv = kv[1].split(separator: "=", maxSplits: 1).map(String.init)
                guard let v = n.labels?[lv[0]], lv.count == 1 || v == lv[1] else { return false }
            default: throw HullError(.failure, "invalid filter \"\(kv[0])\": supported are name, id, driver, label")
            }
        }
        return true
    }
}
