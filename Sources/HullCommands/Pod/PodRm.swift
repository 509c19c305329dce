import ArgumentParser
import HullEngine

struct PodRm: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm", abstract: "Remove one or more pods.",
        discussion: "Exit code 1 when a pod is unknown.",
        aliases: ["remove"])

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Remove all pods.")
    var all = false

    @Flag(name: .shortAndLong, help: "Stop and remove running containers too; an unknown pod is no error.")
    var force = false

    @Option(name: [.short, .long], help: "Seconds to wait before killing the containers.")
    var time: Int?

    @Argument(help: "Pods, by name or id.", completion: .custom(Completion.pods))
    var names: [String] = []

    func execute(layout: StoreLayout) throws {
        let store = PodStore(layout: layout)
        var failure: HullError?
        for name in all ? store.list().map(\.id) : names {
            do throws(HullError) {
                guard let pod = try store.find(name) else {
                    if force { continue }
                    throw HullError(.notFound, "no pod with name or ID \(name) found: no such pod")
                }
                try PodLifecycle(layout: layout).remove(pod, force: force, timeout: time)
                print(pod.id)
            } catch {
                if let failure { StandardError.write("Error: \(failure.message)\n") }
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
