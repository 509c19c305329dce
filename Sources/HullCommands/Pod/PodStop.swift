import ArgumentParser
import HullEngine

struct PodStop: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop one or more pods.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: PodTargets

    @Option(name: [.short, .long], help: "Seconds to wait before killing the containers.")
    var time: Int?

    func execute(layout: StoreLayout) throws {
        try targets.forEach(layout: layout) { pod throws(HullError) in try PodLifecycle(layout: layout).stop(pod, timeout: time) }
    }
}
