import ArgumentParser
import HullEngine

struct Pull: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Pull an image from a registry.",
        discussion: "A name without a registry is pulled from docker.io (one-word names from docker.io/library). Layers already in the store are not downloaded again. Prints the image ID.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var registry: RegistryFlags
    @OptionGroup var platformFlags: PlatformFlags

    @Flag(name: .shortAndLong, help: "Suppress progress output; print only the image ID.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Pull every tagged image of the repository (not supported: name one tag).")
    var allTags = false

    @Argument(help: "The image to pull: [REGISTRY/]NAME[:TAG|@DIGEST].")
    var reference: String

    func execute(layout: StoreLayout) throws {
        if allTags { throw HullError(.failure, "--all-tags is not supported: pull the tags one by one") }
        let ref = try ImageReference.parse(reference)
        let observer: any TransferObserver = quiet ? SilentTransferObserver() : TransferProgress()
        let puller = ImagePuller(layout: layout, options: try registry.options(), platform: try platformFlags.choice(), observer: observer)
        let record = try puller.pull(ref)
        print(record.id)
    }
}

extension Pull {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<Pull> { OptionTable<Pull>([
        .group(\.global, GlobalOptions.optionTable) { $0.global = $1 },
        .group(\.registry, RegistryFlags.optionTable) { $0.registry = $1 },
        .group(\.platformFlags, PlatformFlags.optionTable) { $0.platformFlags = $1 },
        .flag("-q", "--quiet") { $0.quiet = $1 },
        .flag("-a", "--all-tags") { $0.allTags = $1 },
    ]) }

    /// One image and nothing after it; anything else is the parser's to report.
    static func quickParse(_ args: [String]) -> Pull? {
        var extra = false
        let pull = optionTable.parse(args) { $0.reference = $1 } rest: { extra = !$1.isEmpty }
        return extra ? nil : pull
    }
}
