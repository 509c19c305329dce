import ArgumentParser
import HullEngine

struct VolumeRm: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Remove one or more volumes.",
        discussion: "Exit code 1 when a volume is unknown, 2 when a container uses it (without --force).",
        aliases: ["remove"])

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Remove all volumes.")
    var all = false

    @Flag(name: .shortAndLong, help: "Also remove the containers using the volume; an unknown volume is no error.")
    var force = false

    @Argument(help: "Volumes to remove, by name.", completion: .custom(Completion.volumes))
    var names: [String] = []

    func validate() throws {
        if names.isEmpty && !all { throw ValidationError("choose either one or more volumes or all") }
    }

    func execute(layout: StoreLayout) throws {
        let store = VolumeStore(layout: layout)
        var failure: HullError?
        for name in all ? store.list().map(\.name) : names {
            do throws(HullError) {
                guard store.exists(name) else {
                    if force { continue }
                    throw VolumeStore.noSuchVolume(name)
                }
                if force {
                    // Podman removes the containers first, then the volume.
                    let remover = ContainerRemover(layout: layout)
                    for c in store.users(of: name) { try remover.remove(c, force: true) }
                }
                let lock = try store.lock()
                defer { lock.unlock() }
                try store.remove(name)
                print(name)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
