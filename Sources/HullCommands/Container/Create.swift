import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Create: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create but do not start a container.",
        discussion: "Prints the new container's full ID. Everything after IMAGE is the container's command.",
        helpNames: [.long])

    @OptionGroup var global: GlobalOptions
    @OptionGroup var flags: CreateFlags
    @OptionGroup var pullFlags: PullFlags

    @Argument(help: "The image to create the container from.")
    var image: String

    @Argument(help: "The command and its arguments.")
    var command: [String] = []

    func execute(layout: StoreLayout) throws {
        let options = try flags.options(image: image, command: command)
        let record = try pullFlags.ensure(image, layout: layout)
        try flags.replaceExisting(layout: layout)
        let env = ProcessInfo.processInfo.environment
        let container = try ContainerCreator(layout: layout, hostEnvironment: env).create(options, image: record)
        print(container.id)
    }
}

extension Create {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<Create> { OptionTable<Create>([
        .group(\.global, GlobalOptions.optionTable) { $0.global = $1 },
        .group(\.flags, CreateFlags.optionTable) { $0.flags = $1 },
        .group(\.pullFlags, PullFlags.optionTable) { $0.pullFlags = $1 },
    ]) }
}
