import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct SystemReset: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Remove every container, image, volume and network of the store, and its directories.",
        discussion: "Running containers are stopped first. The default network stays defined (its bridge belongs to the host).")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Do not prompt for confirmation.")
    var force = false

    func execute(layout: StoreLayout) throws {
        if !force {
            let what = ["all containers", "all images", "all networks", "all build cache", "all volumes"]
            guard try Confirmation.ask("WARNING! This will remove:\n" + what.map { "        - " + $0 }.joined(separator: "\n")) else { return }
        }
        let config = try HullConfig.load(environment: ProcessInfo.processInfo.environment)
        try StoreReset(layout: layout, config: config).reset()
    }
}
