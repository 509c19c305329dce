import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposePause: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "Pause a project's running containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Argument(help: "Services to pause (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        for c in try reconciler.serviceContainers(project, services) where c.state.status == .running {
            try ContainerLifecycle(layout: layout).pause(c)
            composeProgress(" Container \(c.name)  Paused")
        }
    }
}
