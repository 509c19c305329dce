import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeStop: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop a project's running containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Option(name: [.customShort("t"), .long], help: "Seconds to wait before killing the containers.")
    var timeout: Int?

    @Argument(help: "Services to stop (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        try Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
            .stop(project, services: services, timeout: timeout)
    }
}
