#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// What `create` and `run` were asked for, before any image is consulted.
public struct CreateOptions: Sendable {
    public var image: String
    public var args: [String] = []
    public var name: String?
    public var entrypoint: [String]?
    public var env: [String] = []
    /// --unsetenv NAME, --unsetenv-all: default and image variables to drop.
    public var unsetenv: [String] = []
    public var unsetenvAll = false
    public var workdir: String?
    public var user: String?
    public var hostname: String?
    public var labels: [String: String] = [:]
    public var interactive = false
    public var autoRemove = false
    public var networking = NetworkOptions()
    public var stopSignal: String?
    public var stopTimeout: Int?
    public var tty = false
    public var initProcess = false
    public var restartPolicy: String?
    public var capAdd: [String] = []
    public var capDrop: [String] = []
    /// "unconfined", a profile path, or nil for the default profile.
    public var seccompProfile: String?
    public var noNewPrivileges = false
    public var privileged = false
    public var resources = ResourceOptions()
    public var ulimits: [String] = []
    public var groupAdd: [String] = []
    public var readOnly = false
    /// --shm-size as given (64m, 1g, bytes).
    public var shmSize: String?
    /// --pid and --ipc as given.
    public var pidMode: String?
    public var ipcMode: String?
    /// --tz as given.
    public var timezone: String?
    /// --log-driver as given.
    public var logDriver: String?
    /// --device and --device-cgroup-rule as given.
    public var devices: [String] = []
    public var deviceCgroupRules: [String] = []
    public var tmpfs: [String] = []
    public var logOptions: [String] = []
    /// -v/--volume, --mount, --volumes-from (--tmpfs above joins them).
    public var volumes: [String] = []
    public var mounts: [String] = []
    public var volumesFrom: [String] = []
    /// run: refuse host ports in use before the container is made.
    public var checkPorts = false
    public var userNamespace = UserNamespaceOptions()

    public init(image: String) {
        self.image = image
    }
}

/// Turns create options and an image into a stored container.
public struct ContainerCreator {
    public let layout: StoreLayout
    public let hostEnvironment: [String: String]

    public init(layout: StoreLayout, hostEnvironment: [String: String]) {
        self.layout = layout
        self.hostEnvironment = hostEnvironment
    }

    /// `image`: the record `options.image` names, when the caller has
    /// already looked it up (run and create, making sure it is pulled).
    public func create(_ options: CreateOptions, image resolved: ImageRecord? = nil) throws(HullError) -> Container {
        try layout.prepare()
        let images = ImageStore(layout: layout)
        let record: ImageRecord
        if let resolved { record = resolved } else { record = try images.require(options.image) }
        let image = try images.load(record)
        let defaults = image.defaults
        let command = try CommandResolution.resolve(imageEntrypoint: defaults.Entrypoint, imageCmd: defaults.Cmd,
                                                    entrypointOverride: options.entrypoint, args: options.args)
        let hullConfig = try HullConfig.load(environment: hostEnvironment)
        let networking = try ContainerNetworking(layout: layout).resolve(
            options.networking, config: hullConfig,
            exposedPorts: Array((defaults.ExposedPorts ?? [:]).keys), checkPorts: options.checkPorts)
        let id = Identifier.random()
        let name = options.name ?? NameGenerator.generate()
        let hostname = options.hostname ?? (networking.mode == .host ? hostHostname() : String(id.prefix(12)))
        // Podman's defaults (TERM=xterm with or without -t), then the
        // image's; --unsetenv drops some of them, --unsetenv-all all.
        let inherited = options.unsetenvAll ? [] : ContainerEnvironment.merge(
            ["PATH=" + ContainerEnvironment.defaultPath, "TERM=xterm", "container=hull"], defaults.Env ?? []
        ).filter { entry in !options.unsetenv.contains(String(entry.split(separator: "=", maxSplits: 1).first ?? "")) }
        var env = ContainerEnvironment.merge(
            inherited,
            ["HOSTNAME=" + hostname],
            ContainerEnvironment.expandUserEnv(options.env, host: hostEnvironment))
        if !options.unsetenvAll && !options.unsetenv.contains("PATH") && ContainerEnvironment.value("PATH", in: env)?.isEmpty ?? true {
            env = ContainerEnvironment.merge(env, ["PATH=" + ContainerEnvironment.defaultPath])
        }
        var workdir = options.workdir ?? defaults.WorkingDir ?? "/"
        if workdir.isEmpty { workdir = "/" }
        if let signal = options.stopSignal ?? defaults.StopSignal, Signals.parse(signal) == nil {
            throw HullError(.failure, "invalid stop signal \"\(signal)\"")
        }
        if let policy = options.restartPolicy { _ = try RestartPolicy(parsing: policy) }
        if options.autoRemove, let policy = options.restartPolicy, policy != "no" {
            throw HullError(.failure, "the --rm option conflicts with --restart, when the restart policy is not \"no\"")
        }
        guard workdir.hasPrefix("/") else {
            throw HullError(.failure, "workdir \"\(workdir)\" must be an absolute path")
        }
        let planner = MountPlanner(layout: layout)
        var mounts = try planner.plan(volumes: options.volumes, mounts: options.mounts, tmpfs: options.tmpfs,
                                      volumesFrom: options.volumesFrom, imageVolumes: (defaults.Volumes ?? [:]).keys.sorted())
        var config = ContainerConfig(
            id: id, name: name, imageID: record.id,
            imageName: record.names.first ?? record.id,
            created: Date(), entrypoint: command.entrypoint, cmd: command.cmd, env: env,
            workingDir: workdir, user: options.user ?? defaults.User ?? "",
            hostname: hostname, labels: (defaults.Labels ?? [:]).merging(options.labels) { $1 },
            interactive: options.interactive, autoRemove: options.autoRemove,
            network: options.networking.network.isEmpty ? networking.mode.rawValue : options.networking.network.joined(separator: ","),
            stopSignal: options.stopSignal ?? defaults.StopSignal, stopTimeout: options.stopTimeout, tty: options.tty,
            initProcess: options.initProcess, restartPolicy: options.restartPolicy,
            capAdd: options.capAdd, capDrop: options.capDrop, seccompProfile: options.seccompProfile,
            noNewPrivileges: options.noNewPrivileges, privileged: options.privileged,
            limits: try options.resources.limits(), ulimits: options.ulimits, groupAdd: options.groupAdd,
            readOnly: options.readOnly, tmpfs: nil, logMaxSize: try Self.logMaxSize(options.logOptions),
            networking: networking)
        (config.pidMode, config.ipcMode) = try NamespaceModes.resolve(pid: options.pidMode, ipc: options.ipcMode,
                                                                       userNamespace: !Self.isHost(try options.userNamespace.request()))
        var devices: [String] = []
        for d in options.devices { devices.append(try DeviceOptions.parse(d)) }
        config.devices = devices.isEmpty ? nil : devices
        for rule in options.deviceCgroupRules { try DeviceOptions.checkCgroupRule(rule) }
        if let driver = options.logDriver {
            switch driver {
            // Podman writes json-file's log in its k8s-file format too.
            case "k8s-file", "json-file": config.logDriver = driver
            case "none", "passthrough", "journald":
                throw HullError(.failure, "--log-driver \(driver) is not supported by hull: use k8s-file (the default) or json-file")
            default: throw HullError(.failure, "running container create option: invalid log driver: invalid argument")
            }
        }
        if let zone = options.timezone {
            _ = try Timezone.zoneFile(zone)
            config.timezone = zone
        }
        if let text = options.shmSize {
            guard let bytes = try? CgroupLimits.parseSize(text), bytes > 0 else {
                throw HullError(.failure, "invalid --shm-size \"\(text)\": expected a positive size such as 64m")
            }
            config.shmSize = bytes
        }
        for u in options.ulimits {
            if let problem = ResourceLimits.problem(with: u) {
                throw HullError(.failure, "ulimit option \"\(u)\" requires name=SOFT:HARD, failed to be parsed: \(problem)")
            }
        }
        // As Podman: a user who cannot write cgroups gets the container
        // without its limits, told once, here where the flags were typed.
        if let limits = config.limits {
            for line in CgroupLimitWarnings.lines(for: limits) { Warning.emit(line) }
        }
        // Refused now, not at start: a bad capability or profile creates nothing.
        _ = try SecuritySettings(config: config, layout: layout, compile: false)
        let userNamespace = try options.userNamespace.request()
        config.mountProgram = try OverlayStorage.mountProgram(layout: layout, config: hullConfig, rootless: geteuid() != 0)
        if config.mountProgram != nil, geteuid() == 0, !Self.isHost(userNamespace) {
            // Root's user namespaces get idmapped layers, which a FUSE
            // program cannot take; a rootless hull's can.
            throw HullError(.failure, "overlay.mount_program cannot be combined with a user namespace when running as root")
        }
        // Volumes last: everything above may refuse, and then none is made.
        let volumes = try planner.materialize(&mounts)
        config.mounts = mounts.isEmpty ? nil : mounts
        let stored: ContainerConfig
        do {
            stored = try UserNamespaceAllocation(layout: layout, environment: hostEnvironment)
                .create(config, request: userNamespace, image: image)
        } catch {
            volumes.rollBack()
            throw error
        }
        volumes.release()
        EventLog(layout: layout).append(.container("create", stored))
        return Container(config: stored, state: .created)
    }

    private static func isHost(_ request: UserNamespaceOptions.Request) -> Bool {
        if case .host = request { return true }
        return false
    }

    /// `--log-opt max-size=10m`; other options are refused rather than ignored.
    static func logMaxSize(_ options: [String]) throws(HullError) -> Int64? {
        var size: Int64?
        for opt in options {
            let kv = opt.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, kv[0] == "max-size" else {
                throw HullError(.failure, "invalid --log-opt \"\(opt)\": hull supports max-size=SIZE")
            }
            do {
                size = try CgroupLimits.parseSize(kv[1])
            } catch {
                throw HullError(.failure, "invalid --log-opt \"\(opt)\": \(error)")
            }
        }
        return size
    }

    private func hostHostname() -> String {
        var buf = [CChar](repeating: 0, count: 256)
        gethostname(&buf, buf.count - 1)
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
