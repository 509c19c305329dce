import ArgumentParser
import HullEngine

/// The networking flags of `run` and `create`.
struct NetworkFlags: ParsableArguments {
    @Option(name: [.long, .customLong("net")], help: "Network mode: bridge (the default network; pasta when rootless), pasta, slirp4netns[:OPTIONS], none, host, container:NAME, or network names (repeat or comma-separate).")
    var network: [String] = []

    @Option(name: [.customShort("p"), .long], help: "Publish a container's port on the host: [ip:][hostPort:]containerPort[/tcp|udp]; ranges as 8000-8010.")
    var publish: [String] = []

    @Flag(name: [.customShort("P"), .customLong("publish-all")], help: "Publish every port the image exposes on a free host port.")
    var publishAll = false

    @Option(name: .long, help: "The container's IPv4 address on its first network.")
    var ip: String?

    @Option(name: .customLong("network-alias"), help: "Another name the container answers to on its networks.")
    var networkAlias: [String] = []

    @Option(name: .long, help: "Set a DNS server for the container (replaces the host's).")
    var dns: [String] = []

    @Option(name: .customLong("dns-search"), help: "Set a DNS search domain (\".\" for none).")
    var dnsSearch: [String] = []

    @Option(name: [.customLong("dns-option"), .customLong("dns-opt")], help: "Set a resolv.conf option (e.g. ndots:2).")
    var dnsOption: [String] = []

    @Option(name: .customLong("add-host"), help: "Add a line to /etc/hosts: HOST:IP (IP may be host-gateway).")
    var addHost: [String] = []

    var options: NetworkOptions {
        var o = NetworkOptions()
        o.network = network
        o.publish = publish
        o.publishAll = publishAll
        o.ip = ip
        o.aliases = networkAlias
        o.dns = dns
        o.dnsSearch = dnsSearch
        o.dnsOptions = dnsOption
        o.addHosts = addHost
        return o
    }
}

extension NetworkFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<NetworkFlags> { OptionTable<NetworkFlags>([
        .list("--network", "--net") { $0.network = $1 },
        .list("-p", "--publish") { $0.publish = $1 },
        .flag("-P", "--publish-all") { $0.publishAll = $1 },
        .option("--ip") { $0.ip = $1 },
        .list("--network-alias") { $0.networkAlias = $1 },
        .list("--dns") { $0.dns = $1 },
        .list("--dns-search") { $0.dnsSearch = $1 },
        .list("--dns-option", "--dns-opt") { $0.dnsOption = $1 },
        .list("--add-host") { $0.addHost = $1 },
    ]) }
}
