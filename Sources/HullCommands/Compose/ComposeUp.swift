import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeUp: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "up",
        abstract: "Create and start a project's containers.",
        discussion: "Creates the project's network and volumes, then each service's containers in depends_on order. Containers whose configuration is unchanged are left as they are; changed ones are recreated.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Flag(name: .shortAndLong, help: "Run in the background; without it, up prints the containers' output until they exit and stops them on Ctrl-C.")
    var detach = false

    @Flag(name: .long, help: "Detach, then fail if a service container has already exited with an error (hull has no health checks to wait for yet).")
    var wait = false

    @Flag(name: .customLong("force-recreate"), help: "Recreate containers even if their configuration is unchanged.")
    var forceRecreate = false

    @Flag(name: .customLong("no-recreate"), help: "Leave existing containers as they are, even if changed.")
    var noRecreate = false

    @Flag(name: .customLong("no-start"), help: "Create the containers but do not start them.")
    var noStart = false

    @Flag(name: .customLong("remove-orphans"), help: "Remove containers of services no longer in the files.")
    var removeOrphans = false

    @Flag(name: .long, help: "Build the images of services with build: first, even when they exist.")
    var build = false

    @Option(name: .long, help: "Pull images: missing, always or never.")
    var pull = "missing"

    @Argument(help: "Services to bring up (default: all), with what they depend on.")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        if forceRecreate && noRecreate { throw HullError(.failure, "--force-recreate and --no-recreate are incompatible") }
        let (project, files) = try compose.load()
        var options = Reconciler.UpOptions()
        options.forceRecreate = forceRecreate
        options.noRecreate = noRecreate
        options.noStart = noStart
        options.removeOrphans = removeOrphans
        options.services = services
        options.configFiles = files
        let images = try ComposeImages(layout: layout, pull: pull, rebuild: build)
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        try reconciler.up(project, options: options, ensureImage: images.ensure)
        if wait {
            try reconciler.checkRunning(project, services: services)
        } else if !detach && !noStart {
            try reconciler.attach(project, services: services)
        }
    }
}
