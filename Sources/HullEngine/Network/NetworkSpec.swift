/// A container's networking as created: `networking` in config.json.
public struct NetworkSpec: Codable, Equatable, Sendable {
    public enum Mode: String, Codable, Sendable { case bridge, none, host, container, pasta, slirp4netns }

    public var mode: Mode
    /// Networks in order (the first gives the default route), for bridge.
    public var networks: [String] = []
    public var aliases: [String: [String]] = [:]
    /// --ip: a fixed address on the first network.
    public var staticIP: IPv4Address?
    public var ports: [PortMapping] = []
    /// container:ID (the full id, resolved at create).
    public var joinContainer: String?
    public var dns: [String] = []
    public var dnsSearch: [String] = []
    public var dnsOptions: [String] = []
    /// --add-host NAME:IP lines.
    public var addHosts: [String] = []
    /// --network slirp4netns:OPTS.
    public var slirp4netns: SlirpNetwork.Options?

    public init(mode: Mode) { self.mode = mode }
}

/// The networking flags of `create` and `run`.
public struct NetworkOptions: Sendable {
    /// nil: the configured default (bridge on the default network).
    public var network: [String] = []
    public var publish: [String] = []
    public var publishAll = false
    public var ip: String?
    public var aliases: [String] = []
    public var dns: [String] = []
    public var dnsSearch: [String] = []
    public var dnsOptions: [String] = []
    public var addHosts: [String] = []
    public init() {}
}
