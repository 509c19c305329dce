import ArgumentParser
import HullEngine

struct PodCreate: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a new empty pod.",
        discussion: "Prints the pod's id. Its infra container is made with its first member, from that member's image.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "The pod's name.")
    var name: String?

    @Option(name: .shortAndLong, help: "Publish a port of the pod to the host (HOST:CONTAINER).")
    var publish: [String] = []

    @Option(name: .long, help: "Namespaces to share: cgroup, ipc, net, pid, uts or none.")
    var share: [String] = []

    @Option(name: [.short, .long], help: "Set metadata on the pod (KEY=VALUE).")
    var label: [String] = []

    @Option(name: .long, help: "The pod's host name (default: its name).")
    var hostname: String?

    @Option(name: .long, help: "Connect the pod to these networks.")
    var network: [String] = []

    @Flag(name: .long, inversion: .prefixedNo, help: "Make an infra container to hold the shared namespaces.")
    var infra = true

    @Option(name: .customLong("exit-policy"), help: "When the last container exits: continue or stop.")
    var exitPolicy: String = "continue"

    @Argument(help: .hidden)
    var positional: [String] = []

    func execute(layout: StoreLayout) throws {
        guard exitPolicy == "continue" || exitPolicy == "stop" else {
            throw HullError(.failure, "running pod create option: invalid pod exit policy: \"\(exitPolicy)\"")
        }
        var pod = PodRecord.new(name: name ?? positional.first)
        pod.infra = infra
        if !pod.infra && !share.isEmpty {
            throw HullError(.failure, "cannot set share(\(share.joined(separator: ","))) namespaces without an infra container")
        }
        pod.share = try PodShare.parse(share)
        if !pod.infra && (!publish.isEmpty || !network.isEmpty) {
            throw HullError(.failure, "you must have an infra container to publish port bindings to the host")
        }
        for p in publish { _ = try PortMapping.parse(p) }
        pod.publish = publish
        pod.network = network
        pod.hostname = hostname
        pod.exitPolicy = exitPolicy
        for item in label {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            pod.labels[kv[0]] = kv.count > 1 ? kv[1] : ""
        }
        if !pod.infra { pod.share = [] }
        try PodStore(layout: layout).create(pod)
        print(pod.id)
    }
}
