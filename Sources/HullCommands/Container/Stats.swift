import ArgumentParser
import HullEngine

struct Stats: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Display a live stream of container resource usage.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Show all containers (only running ones have usage).")
    var all = false

    @Flag(name: .customLong("no-stream"), help: "Print one sample and exit.")
    var noStream = false

    @Option(name: .long, help: "Pretty-print using a Go template, or json.")
    var format: String?

    @Argument(help: "Containers, by name or ID (default: all running).", completion: .custom(Completion.containers))
    var containers: [String] = []

    static let defaultFormat = "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}\t{{.CPUTime}}\t{{.AvgCPU}}"
    static let headers = ["ID": "ID", "Name": "NAME", "CPUPerc": "CPU %", "MemUsage": "MEM USAGE / LIMIT", "MemPerc": "MEM %",
                          "NetIO": "NET IO", "BlockIO": "BLOCK IO", "PIDs": "PIDS", "CPUTime": "CPU TIME", "AvgCPU": "AVG CPU %"]

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        let stats = ContainerStats(layout: layout)
        repeat {
            let targets = containers.isEmpty
                ? store.list().filter { $0.state.status == .running || $0.state.status == .paused }
                : try containers.map { (t) throws(HullError) in try store.require(t) }
            for c in targets where c.state.status != .running && c.state.status != .paused && !containers.isEmpty {
                throw HullError(.failure, "container \(c.name) is not running")
            }
            let rows = try stats.rows(targets, interval: noStream ? 0.2 : 1.0)
            if format == "json" {
                print(TemplateValue.list(rows).prettyJSONString())
            } else {
                try Output.printTable(format: format ?? Self.defaultFormat, rows: rows, headers: Self.headers, noHeading: false)
            }
        } while !noStream
    }
}
