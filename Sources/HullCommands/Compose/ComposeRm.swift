import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeRm: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a project's stopped containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation (hull never asks).")
    var force = false

    @Flag(name: .shortAndLong, help: "Stop the containers first, then remove them.")
    var stop = false

    @Argument(help: "Services whose containers to remove (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        try Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
            .removeStopped(project, services: services, stopFirst: stop)
    }
}
