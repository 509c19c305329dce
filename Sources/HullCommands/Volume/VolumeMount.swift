import ArgumentParser
import HullEngine

/// `volume mount`: a local volume is a directory already; its path is
/// printed, as Podman does for the local driver.
struct VolumeMount: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "mount",
        abstract: "Print the host path of a volume's content.",
        discussion: "hull's volumes are directories in the store (or bound host directories); nothing needs mounting. A tmpfs volume has no host path.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The volume's name.", completion: .custom(Completion.volumes))
    var name: String

    func execute(layout: StoreLayout) throws {
        let store = VolumeStore(layout: layout)
        guard let record = try? store.load(name) else {
            throw HullError(.failure, "no volume with name \"\(name)\" found: no such volume")
        }
        if record.isTmpfs { throw HullError(.failure, "volume \(name) is a tmpfs: it has no host path") }
        print(store.mountpoint(record))
    }
}

/// `volume unmount`: the counterpart of `volume mount`, which mounted nothing.
struct VolumeUnmount: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "unmount",
        abstract: "Counterpart of volume mount (nothing to unmount for hull's volumes).",
        aliases: ["umount"])

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The volume's name.", completion: .custom(Completion.volumes))
    var name: String

    func execute(layout: StoreLayout) throws {
        guard VolumeStore(layout: layout).exists(name) else {
            throw HullError(.failure, "no volume with name \"\(name)\" found: no such volume")
        }
        print(name)
    }
}
