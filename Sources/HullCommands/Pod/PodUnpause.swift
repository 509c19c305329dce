import ArgumentParser
import HullEngine

struct PodUnpause: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "unpause", abstract: "Unpause the containers of one or more pods.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: PodTargets

    func execute(layout: StoreLayout) throws {
        try targets.forEach(layout: layout) { pod throws(HullError) in try PodLifecycle(layout: layout).pause(pod, frozen: false) }
    }
}
