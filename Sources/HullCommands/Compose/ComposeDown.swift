import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeDown: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "down",
        abstract: "Stop and remove a project's containers and networks.",
        discussion: "Finds what the project made by its labels, so it works even after the files changed. With -v also its named volumes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Flag(name: .shortAndLong, help: "Also remove the project's named volumes.")
    var volumes = false

    @Flag(name: .customLong("remove-orphans"), help: "Accepted for docker compose compatibility: down removes every container of the project.")
    var removeOrphans = false

    @Option(name: [.customShort("t"), .long], help: "Seconds to wait for containers to stop.")
    var timeout: Int?

    func execute(layout: StoreLayout) throws {
        let name = try compose.projectNameOnly()
        try Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
            .down(project: name, volumes: volumes)
    }
}
