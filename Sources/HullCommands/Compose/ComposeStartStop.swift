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
