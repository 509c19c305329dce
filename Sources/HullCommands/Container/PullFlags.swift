import ArgumentParser
import HullEngine

/// How `run` and `create` get an image the store lacks.
struct PullFlags: ParsableArguments {
    @Option(name: .long, help: "Pull the image first: missing (default), always, never or newer.")
    var pull = "missing"

    @Flag(name: .shortAndLong, help: "Suppress the pull's progress output.")
    var quiet = false

    @OptionGroup var registry: RegistryFlags
    @OptionGroup var platform: PlatformFlags

    /// The image's record, pulled first when `--pull` says so.
    func ensure(_ image: String, layout: StoreLayout) throws -> ImageRecord {
        if let record = try ArchiveImage.load(image, layout: layout) { return record }
        let observer: any TransferObserver = quiet ? SilentTransferObserver() : TransferProgress()
        let puller = ImagePuller(layout: layout, options: try registry.options(), platform: try platform.choice(), observer: observer)
        return try PullPolicy.parse(pull).ensure(image, puller: puller)
    }
}

extension PullFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<PullFlags> { OptionTable<PullFlags>([
        .option("--pull", default: "missing") { $0.pull = $1 },
        .flag("-q", "--quiet") { $0.quiet = $1 },
        .group(\.registry, RegistryFlags.optionTable) { $0.registry = $1 },
        .group(\.platform, PlatformFlags.optionTable) { $0.platform = $1 },
    ]) }
}
