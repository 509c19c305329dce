import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposePs: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "ps",
        abstract: "List a project's containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Flag(name: .shortAndLong, help: "Show stopped containers too.")
    var all = false

    @Flag(name: .shortAndLong, help: "Only print container IDs.")
    var quiet = false

    @Flag(name: .long, help: "Print the services' names.")
    var services = false

    @Argument(help: "Services to list (default: all).")
    var service: [String] = []

    func execute(layout: StoreLayout) throws {
        let name = try compose.projectNameOnly()
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        let rows = reconciler.containers(of: name).filter { c in
            let svc = c.config.labels[ComposeLabels.service] ?? ""
            return (all || c.state.status == .running || c.state.status == .paused) && (service.isEmpty || service.contains(svc))
        }
        if quiet { rows.forEach { print($0.id) }; return }
        if services { Set(rows.compactMap { $0.config.labels[ComposeLabels.service] }).sorted().forEach { print($0) }; return }
        var table = [["NAME", "IMAGE", "COMMAND", "SERVICE", "STATUS", "PORTS"]]
        for c in rows {
            let ports = (c.config.networking?.ports ?? []).map { "\($0.hostIP.isEmpty ? "0.0.0.0" : $0.hostIP):\($0.hostPort)->\($0.containerKey)" }.joined(separator: ", ")
            table.append([c.name, c.config.imageName, "\"" + c.config.command.joined(separator: " ").prefix(20) + "\"",
                          c.config.labels[ComposeLabels.service] ?? "", c.state.status.rawValue, ports])
        }
        let widths = (0..<6).map { i in table.map { $0[i].count }.max() ?? 0 }
        for row in table {
            print(row.enumerated().map { i, cell in i == 5 ? cell : cell.padding(toLength: widths[i] + 3, withPad: " ", startingAt: 0) }.joined())
        }
    }
}
