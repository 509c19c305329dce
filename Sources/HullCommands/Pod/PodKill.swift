import ArgumentParser
import HullEngine
import HullLinux

struct PodKill: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "kill", abstract: "Send a signal to the containers of one or more pods.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: PodTargets

    @Option(name: .shortAndLong, help: "The signal to send (default KILL).")
    var signal: String = "KILL"

    func execute(layout: StoreLayout) throws {
        guard let number = Signals.parse(signal) else { throw HullError(.failure, "invalid signal: \(signal)") }
        try targets.forEach(layout: layout) { pod throws(HullError) in try PodLifecycle(layout: layout).kill(pod, signal: number) }
    }
}
