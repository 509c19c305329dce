/// The resolved project: what `config` prints and `up` brings about.
public struct ComposeProject: Sendable, Equatable {
    public var name: String
    public var workingDir: String
    /// Enabled services, by name (sorted).
    public var services: [ComposeService]
    public var networks: [String: ComposeNetwork]
    public var volumes: [String: ComposeVolume]
    public var warnings: [String] = []
    /// The files it was read from, in order.
    public var configFiles: [String] = []

    public func service(_ name: String) -> ComposeService? { services.first { $0.name == name } }

    /// Docker Compose's names for a project's resources.
    public func networkName(_ key: String) -> String { networks[key]?.name ?? "\(name)_\(key)" }
    public func volumeName(_ key: String) -> String { volumes[key]?.name ?? "\(name)_\(key)" }
    public func containerName(_ service: ComposeService, number: Int = 1) -> String {
        service.containerName ?? "\(name)-\(service.name)-\(number)"
    }
}

public struct ComposeNetwork: Sendable, Equatable {
    public var name: String?
    public var external = false
    public var `internal` = false
    public var driver: String?
    public var labels: [String: String] = [:]
    public var subnet: String?
    /// driver_opts' com.docker.network.bridge.name: the bridge on the host.
    public var bridgeName: String?
}

public struct ComposeVolume: Sendable, Equatable {
    public var name: String?
    public var external = false
    public var driver: String?
    public var labels: [String: String] = [:]
}

public struct ComposePort: Sendable, Equatable {
    public var target: String
    public var published: String?
    public var hostIP: String?
    public var proto = "tcp"
    public var mode = "ingress"

    /// As `-p` reads it.
    public var publishFlag: String {
        var s = ""
        if let hostIP { s += (hostIP.contains(":") ? "[\(hostIP)]" : hostIP) + ":" }
        if let published { s += published + ":" } else if hostIP != nil { s += ":" }
        return s + target + "/" + proto
    }
}

public struct ComposeMount: Sendable, Equatable {
    public enum Kind: String, Sendable { case volume, bind, tmpfs }
    public var kind: Kind
    /// Volume key (top-level `volumes:`), host path (bind), nil (anonymous or tmpfs).
    public var source: String?
    public var target: String
    public var readOnly = false
    public var noCopy = false
    public var createHostPath = true
}

public struct ComposeDependency: Sendable, Equatable {
    public var condition = "service_started"
    public var required = true
    public var restart = false
}

public struct ComposeHealthcheck: Sendable, Equatable {
    public var test: [String]?
    public var interval: String?
    public var timeout: String?
    public var startPeriod: String?
    public var startInterval: String?
    public var retries: Int?
    public var disable = false
}

public struct ComposeNetworkAttachment: Sendable, Equatable {
    public var aliases: [String] = []
    public var ipv4Address: String?
}

/// `build:`: what hull build is asked to make for a service.
public struct ComposeBuild: Sendable, Equatable {
    /// Absolute.
    public var context: String
    /// Relative to the context; nil: Containerfile, else Dockerfile.
    public var dockerfile: String?
    public var dockerfileInline: String?
    public var args: [String: String] = [:]
    public var target: String?
    public var labels: [String: String] = [:]
}

public struct ComposeService: Sendable, Equatable {
    public var name: String
    public var image: String?
    public var build: ComposeBuild?
    public var hasBuild: Bool { build != nil }

    /// The image the service runs: `image:`, or for a build without one
    /// `<project>-<service>`, as docker compose names it.
    public func imageName(project: String) -> String { image ?? "\(project)-\(name)" }
    public var command: [String]?
    public var entrypoint: [String]?
    /// Values nil: named without a value and not set in the environment.
    public var environment: [String: String?] = [:]
    public var ports: [ComposePort] = []
    public var expose: [String] = []
    public var volumes: [ComposeMount] = []
    public var networks: [String: ComposeNetworkAttachment] = [:]
    public var networkMode: String?
    public var dependsOn: [String: ComposeDependency] = [:]
    public var healthcheck: ComposeHealthcheck?
    public var restart: String?
    public var containerName: String?
    public var hostname: String?
    public var user: String?
    public var workingDir: String?
    public var labels: [String: String] = [:]
    public var initProcess: Bool?
    public var readOnly = false
    public var tmpfs: [String] = []
    public var capAdd: [String] = []
    public var capDrop: [String] = []
    public var privileged = false
    public var securityOpt: [String] = []
    public var stopSignal: String?
    public var stopGracePeriod: String?
    public var stdinOpen = false
    public var tty = false
    public var profiles: [String] = []
    public var extraHosts: [String] = []
    public var dns: [String] = []
    public var ulimits: [String: String] = [:]
    public var sysctls: [String: String] = [:]
    public var scale = 1
}
