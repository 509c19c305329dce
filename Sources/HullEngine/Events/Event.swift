/// One event as Podman records it (libpod/events): what happened
/// (`status`) to which kind of object (`type`), when, and to whom.
public struct Event: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case container, image, volume, network, system
    }

    public var type: Kind
    /// Podman's event name: create, init, start, died, exec_died, pull ...
    public var status: String
    public var time: EventTime
    /// The object's id; for a network event, the container's.
    public var id: String?
    /// A container's image name, as the user gave it.
    public var image: String?
    /// A container's, image's or volume's name.
    public var name: String?
    /// The network of a connect or disconnect.
    public var network: String?
    public var exitCode: Int32?
    public var healthStatus: String?
    /// A container's labels (Podman's `Attributes`).
    public var attributes: [String: String]?

    public init(_ type: Kind, _ status: String, id: String? = nil, image: String? = nil, name: String? = nil,
                network: String? = nil, exitCode: Int32? = nil, healthStatus: String? = nil,
                attributes: [String: String]? = nil, time: EventTime = .now()) {
        self.type = type
        self.status = status
        self.time = time
        self.id = id
        self.image = image
        self.name = name
        self.network = network
        self.exitCode = exitCode
        self.healthStatus = healthStatus
        self.attributes = attributes
    }

    /// A container event, its labels as attributes (Podman's).
    public static func container(_ status: String, _ config: ContainerConfig, exitCode: Int32? = nil,
                                 healthStatus: String? = nil) -> Event {
        Event(.container, status, id: config.id, image: config.imageName, name: config.name,
              exitCode: exitCode, healthStatus: healthStatus, attributes: config.labels)
    }
}
