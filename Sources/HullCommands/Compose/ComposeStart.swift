import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeStart: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start a project's existing containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Argument(help: "Services to start (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        try Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
            .start(project, services: services)
    }
}
