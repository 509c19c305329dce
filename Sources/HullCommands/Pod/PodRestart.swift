import ArgumentParser
import HullEngine

struct PodRestart: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "restart", abstract: "Restart one or more pods.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: PodTargets

    func execute(layout: StoreLayout) throws {
        try targets.forEach(layout: layout) { pod throws(HullError) in
            let lifecycle = PodLifecycle(layout: layout)
            try lifecycle.stop(pod, timeout: nil)
            try lifecycle.start(pod)
        }
    }
}
