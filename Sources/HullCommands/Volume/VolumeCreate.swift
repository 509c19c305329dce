import ArgumentParser
import HullEngine

struct VolumeCreate: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a new volume.",
        discussion: "Prints the volume's name; without NAME a random 64-hex name is chosen.")

    @OptionGroup var global: GlobalOptions

    @Option(name: [.customShort("d"), .long], help: "Volume driver (only local).")
    var driver = "local"

    @Option(name: [.customShort("l"), .long], help: "Set metadata on the volume (KEY=VALUE).")
    var label: [String] = []

    @Option(name: [.customShort("o"), .long], help: "Driver option: o=uid=N,gid=N (owner of the volume's root), nocopy (no copy-up of image content), or type=none,o=bind,device=/PATH (a name for a host directory).")
    var opt: [String] = []

    @Flag(name: .long, help: "Do not fail if the volume already exists.")
    var ignore = false

    @Argument(help: "The volume's name.")
    var name: String?

    func execute(layout: StoreLayout) throws {
        guard driver == "local" else {
            throw HullError(.failure, "volume driver \"\(driver)\" is not known: hull has the local driver only")
        }
        var record = VolumeRecord(name: name ?? VolumeStore.anonymousName())
        for item in label {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            record.labels[kv[0]] = kv.count > 1 ? kv[1] : ""
        }
        for item in opt { try record.apply(option: item) }
        let store = VolumeStore(layout: layout)
        print(try store.create(record, ifMissing: ignore).0.name)
    }
}
