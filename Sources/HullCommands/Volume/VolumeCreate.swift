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

    @Option(name: [.customShort("o"), .long], help: "Driver option: o=uid=N,gid=N (owner of the volume's root) or nocopy (no copy-up of image content).")
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
        for item in opt {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let value = kv.count > 1 ? kv[1] : ""
            switch kv[0] {
            case "o":
                for word in value.split(separator: ",") {
                    let p = word.split(separator: "=", maxSplits: 1).map(String.init)
                    switch (p[0], p.count == 2 ? UInt32(p[1]) : nil) {
                    case ("uid", let n?): record.uid = n
                    case ("gid", let n?): record.gid = n
                    default:
                        throw HullError(.failure, "invalid volume option o=\(value): the local driver takes uid=N and gid=N (hull mounts no devices for volumes)")
                    }
                }
            case "nocopy": record.needsCopyUp = false
            case "copy": record.needsCopyUp = true
            default:
                throw HullError(.failure, "invalid volume option \"\(item)\": supported are o=uid=N,gid=N, copy and nocopy")
            }
            record.options[kv[0]] = value
        }
        let store = VolumeStore(layout: layout)
        let (volume, created) = try store.create(record, ifMissing: ignore)
        _ = created
        print(volume.name)
    }
}
