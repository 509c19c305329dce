import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeKill: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "kill", abstract: "Send a signal to a project's running containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Option(name: .shortAndLong, help: "The signal (default SIGKILL).")
    var signal = "SIGKILL"

    @Argument(help: "Services to signal (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let number = try ContainerLifecycle.parseSignal(signal)
        let (project, _) = try compose.load()
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        for c in try reconciler.serviceContainers(project, services) where c.state.status == .running || c.state.status == .paused {
            try ContainerLifecycle(layout: layout).kill(c, signal: number)
            composeProgress(" Container \(c.name)  Killed")
        }
    }
}
