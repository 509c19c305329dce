import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct ImagePrune: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove unused images.",
        discussion: "Removes images without a name that no container uses; with --all, every image no container uses. Layers no remaining image lists go with them.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Remove every unused image, not only the nameless ones.")
    var all = false

    @Flag(name: .shortAndLong, help: "Do not prompt for confirmation.")
    var force = false

    func execute(layout: StoreLayout) throws {
        let what = all ? "all images not used by a container" : "all dangling images"
        if try !force && !Confirmation.ask("WARNING! This command removes \(what).") { return }
        for id in try ImageRemover(layout: layout).prune(all: all) { print(id) }
    }
}
