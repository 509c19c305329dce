import ArgumentParser
import HullEngine

struct PodStart: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start one or more pods.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: PodTargets

    func execute(layout: StoreLayout) throws {
        try targets.forEach(layout: layout) { pod throws(HullError) in try PodLifecycle(layout: layout).start(pod) }
    }
}
