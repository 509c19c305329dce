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

    @Option(name: .long, help: "Also remove images: local (those built for services without image:) or all (every service's).")
    var rmi: String?

    func execute(layout: StoreLayout) throws {
        guard rmi == nil || rmi == "local" || rmi == "all" else {
            throw HullError(.failure, "invalid --rmi \"\(rmi!)\": local or all")
        }
        // --rmi needs the files to know the images; otherwise labels suffice.
        let project = try rmi.map { _ in try compose.load().0 }
        let name = try project?.name ?? compose.projectNameOnly()
        try Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
            .down(project: name, volumes: volumes)
        guard let project else { return }
        let images = project.services
            .filter { rmi == "all" || ($0.build != nil && $0.image == nil) }
            .map { $0.imageName(project: project.name) }
        for image in Set(images).sorted() {
            let removed = try ImageRemover(layout: layout).remove([image], force: false, ignoreMissing: true)
            if let failure = removed.failure { throw failure }
            if !removed.output.isEmpty { composeProgress(" Image \(image)  Removed") }
        }
    }
}
