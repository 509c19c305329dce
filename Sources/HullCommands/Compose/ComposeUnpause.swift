import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeUnpause: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "unpause", abstract: "Resume a project's paused containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Argument(help: "Services to resume (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        for c in try reconciler.serviceContainers(project, services) where c.state.status == .paused {
            try ContainerLifecycle(layout: layout).unpause(c)
            composeProgress(" Container \(c.name)  Unpaused")
        }
    }
}
