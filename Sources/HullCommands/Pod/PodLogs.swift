import ArgumentParser
import HullEngine

struct PodLogs: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs", abstract: "Fetch the logs of a pod's containers.",
        discussion: "Each line is prefixed with its container's short ID (--names: its name). With --follow, the containers' logs are shown one after another.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Only this container of the pod, by name or ID.")
    var container: String?

    @Flag(name: .shortAndLong, help: "Follow log output until the container exits.")
    var follow = false

    @Flag(name: .shortAndLong, help: "Prefix lines with container names instead of IDs.")
    var names = false

    @Option(name: .long, help: "Output the last N lines (-1: all).")
    var tail: Int = -1

    @Flag(name: .shortAndLong, help: "Show timestamps.")
    var timestamps = false

    @Argument(help: "The pod, by name or id.", completion: .custom(Completion.pods))
    var pod: String

    func execute(layout: StoreLayout) throws {
        let store = PodStore(layout: layout)
        let p = try store.require(pod)
        var members = store.members(of: p).filter { $0.config.infra != true }
        if let container {
            let c = try ContainerStore(layout: layout).require(container)
            guard c.config.pod == p.id else { throw HullError(.failure, "container \(container) is not in pod \(pod)") }
            members = [c]
        }
        var options = ContainerLogs.Options()
        options.follow = follow
        options.tail = tail >= 0 ? tail : nil
        options.timestamps = timestamps
        for c in members {
            var o = options
            o.prefix = names ? c.name : String(c.id.prefix(12))
            try ContainerLogs(layout: layout).write(c, options: o)
        }
    }
}
