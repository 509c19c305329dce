import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeRestart: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "restart", abstract: "Restart a project's containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Option(name: [.customShort("t"), .long], help: "Seconds to wait before killing the containers.")
    var timeout: Int?

    @Argument(help: "Services to restart (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        _ = try reconciler.serviceContainers(project, services)
        try reconciler.stop(project, services: services, timeout: timeout)
        try reconciler.start(project, services: services)
    }
}
