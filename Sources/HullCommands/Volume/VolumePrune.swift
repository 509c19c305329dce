import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct VolumePrune: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "prune", abstract: "Remove all volumes no container uses.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Do not prompt for confirmation.")
    var force = false

    @Option(name: .long, help: "Only volumes that match: label, until, name, driver, opt (KEY=VALUE).")
    var filter: [String] = []

    func execute(layout: StoreLayout) throws {
        let filter = try VolumeFilter.parse(filter, allowed: ["label", "until", "name", "driver", "opt", "anonymous"])
        if !force {
            let usage = VolumeUsage(layout: layout)
            let names = VolumeStore(layout: layout).list().filter { usage.count($0.name) == 0 && filter.matches($0, inUse: false) }.map(\.name)
            let warning = (["WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:"] + names)
            guard try Confirmation.ask(warning.joined(separator: "\n")) else { return }
        }
        let store = VolumeStore(layout: layout)
        let lock = try store.lock()
        defer { lock.unlock() }
        let usage = VolumeUsage(layout: layout)
        var failure: HullError?
        for v in store.list() where usage.count(v.name) == 0 && filter.matches(v, inUse: false) {
            do throws(HullError) {
                try store.remove(v.name)
                print(v.name)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
