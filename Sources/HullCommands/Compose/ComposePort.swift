import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposePort: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "port",
        abstract: "Print the host address a service's container port is published on.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Option(name: .long, help: "Protocol: tcp, udp or sctp.")
    var `protocol` = "tcp"

    @Option(name: .long, help: "Which replica of the service (default 1).")
    var index = 1

    @Argument(help: "The service.")
    var service: String

    @Argument(help: "The container port.")
    var port: UInt16

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        guard let c = try reconciler.serviceContainers(project, [service])
            .first(where: { $0.config.labels[ComposeLabels.number] == String(index) }) else {
            throw HullError(.failure, "service \"\(service)\" has no container \(index)")
        }
        let wanted = "\(port)/\(`protocol`)"
        guard let p = (c.config.networking?.ports ?? []).first(where: { $0.containerKey == wanted }) else {
            throw HullError(.failure, "no port \(wanted) for container \(c.name)")
        }
        print("\(p.hostIP.isEmpty ? "0.0.0.0" : p.hostIP):\(p.hostPort)")
    }
}
