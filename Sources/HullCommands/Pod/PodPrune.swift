import ArgumentParser
import HullEngine

struct PodPrune: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "prune", abstract: "Remove all stopped pods and their containers.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
    var force = false

    func execute(layout: StoreLayout) throws {
        if !force {
            guard Confirmation.ask("WARNING! This will remove all stopped/exited pods..\nAre you sure you want to continue? [y/N] ") else { return }
        }
        let store = PodStore(layout: layout)
        for pod in store.list() where ["Exited", "Created", "Stopped"].contains(store.status(of: pod)) {
            try PodLifecycle(layout: layout).remove(pod, force: true, timeout: nil)
            print(pod.id)
        }
    }
}
