import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct SystemPrune: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove unused data.",
        discussion: "Removes stopped containers, networks no container uses, images without a name (with --all, every image no container uses), with --volumes volumes no container uses, and what crashed hull processes left behind.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Remove every unused image, not only the nameless ones.")
    var all = false

    @Flag(name: .shortAndLong, help: "Do not prompt for confirmation.")
    var force = false

    @Flag(name: .long, help: "Also remove volumes no container uses.")
    var volumes = false

    func execute(layout: StoreLayout) throws {
        if !force {
            var what = ["all stopped containers", "all networks not used by at least one container"]
            if volumes { what.append("all volumes not used by at least one container") }
            what.append(all ? "all images without at least one container associated with them" : "all dangling images")
            guard try Confirmation.ask("WARNING! This command removes:\n" + what.map { "\t- " + $0 }.joined(separator: "\n") + "\n") else { return }
        }
        let config = try HullConfig.load(environment: ProcessInfo.processInfo.environment)
        let report = StorePruner(layout: layout, config: config).prune(allImages: all, volumes: volumes)
        // Podman's sections: each only when something went.
        for (heading, removed) in [("Deleted Containers", report.containers), ("Deleted Networks", report.networks),
                                   ("Deleted Volumes", report.volumes), ("Deleted Images", report.images)] where !removed.isEmpty {
            print(heading)
            for item in removed { print(item) }
        }
        print("Total reclaimed space: \(ByteSize.compact(report.reclaimedBytes))")
        if let failure = report.failure { throw failure }
    }
}
