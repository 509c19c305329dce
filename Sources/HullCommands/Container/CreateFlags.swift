import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The flags `run` and `create` share.
struct CreateFlags: ParsableArguments {
    @Option(name: .long, help: "Assign a name to the container.")
    var name: String?

    @Flag(name: .long, help: "If a container with the same name exists, stop and remove it first.")
    var replace = false

    @Option(name: .shortAndLong, help: "Set an environment variable (KEY=VALUE, or KEY to copy hull's own).")
    var env: [String] = []

    @Option(name: .long, help: "Unset a default or image environment variable.")
    var unsetenv: [String] = []

    @Flag(name: .customLong("unsetenv-all"), help: "Unset all default and image environment variables.")
    var unsetenvAll = false

    @Option(name: .customLong("env-file"), help: "Read environment variables from a file, one KEY=VALUE a line.", completion: .file())
    var envFile: [String] = []

    @Option(name: .customLong("shm-size"), help: "Size of /dev/shm (e.g. 64m, the default).")
    var shmSize: String?

    @Option(name: .long, help: "Time zone of the container's /etc/localtime: a zoneinfo name (Europe/Berlin) or local.")
    var tz: String?

    @Option(name: .long, help: "PID namespace: private (the default) or host.")
    var pid: String?

    @Option(name: .long, help: "IPC namespace: shareable or private (the container's own, the default), host, or none (no /dev/shm).")
    var ipc: String?

    @Option(name: .shortAndLong, help: "Working directory inside the container.")
    var workdir: String?

    @Option(name: .shortAndLong, help: "Username or UID, with an optional group: user[:group].")
    var user: String?

    @Option(name: [.customShort("h"), .long], help: "Set the container's host name.")
    var hostname: String?

    @Option(name: [.customShort("l"), .long], help: "Set metadata on the container (KEY=VALUE).")
    var label: [String] = []

    @Option(name: .long, help: "Override the image's entrypoint (a string or a JSON array; \"\" clears it).")
    var entrypoint: String?

    @Flag(name: .shortAndLong, help: "Keep stdin open and pass it to the container.")
    var interactive = false

    @Flag(name: .shortAndLong, help: "Allocate a pseudo-TTY for the container.")
    var tty = false

    @Flag(name: .long, help: "Run a tiny init as PID 1 that reaps zombies and forwards signals.")
    var `init` = false

    @Option(name: .long, help: "Restart policy: no, always, on-failure[:max-retries] or unless-stopped.")
    var restart: String?

    @Flag(name: .long, help: "Remove the container when it exits.")
    var rm = false

    @OptionGroup(title: "Networking") var networking: NetworkFlags

    @Option(name: .customLong("stop-signal"), help: "Signal to stop the container with (default: the image's, else SIGTERM).")
    var stopSignal: String?

    @Option(name: .customLong("stop-timeout"), help: "Seconds to wait for the stop signal before SIGKILL (default 10).")
    var stopTimeout: Int?

    @Option(name: .customLong("cap-add"), help: "Add Linux capabilities (e.g. NET_ADMIN, or ALL).")
    var capAdd: [String] = []

    @Option(name: .customLong("cap-drop"), help: "Drop Linux capabilities (e.g. CHOWN, or ALL).")
    var capDrop: [String] = []

    @Option(name: .customLong("security-opt"), help: "Security options: seccomp=unconfined|PROFILE.json, no-new-privileges[=true|false].")
    var securityOpt: [String] = []

    @Flag(name: .long, help: "Give the container all capabilities, no seccomp filter and unmasked /proc and /sys.")
    var privileged = false

    @OptionGroup(title: "Resource limits") var resources: ResourceFlags

    @OptionGroup(title: "User namespace") var userNamespace: UserNamespaceFlags

    @Option(name: .long, help: "Resource limit NAME=SOFT[:HARD] (e.g. nofile=1024:2048), capped at hull's own.")
    var ulimit: [String] = []

    @Option(name: .customLong("group-add"), help: "Add supplementary groups (names or ids).")
    var groupAdd: [String] = []

    @Flag(name: .customLong("read-only"), help: "Mount the container's root file system read-only.")
    var readOnly = false

    @Option(name: .long, help: "Mount a tmpfs: PATH[:OPTIONS] (e.g. /run:size=64m,mode=1777).")
    var tmpfs: [String] = []

    @OptionGroup(title: "Volumes and mounts") var mountFlags: MountFlags

    @Option(name: .long, help: "Add a host device: HOST[:CONTAINER[:PERMISSIONS]], permissions of r, w, m.")
    var device: [String] = []

    @Option(name: .customLong("device-cgroup-rule"), help: "A device cgroup rule (\"c 1:3 rwm\"); checked, then nothing to do: no device cgroup confines hull's containers.")
    var deviceCgroupRule: [String] = []

    @Option(name: .customLong("log-driver"), help: "Logging driver: k8s-file (the default) or json-file (the same log).")
    var logDriver: String?

    @Option(name: .customLong("log-opt"), help: "Logging option: max-size=SIZE rotates the log past that size.")
    var logOpt: [String] = []

    func options(image: String, command: [String]) throws -> CreateOptions {
        var o = CreateOptions(image: image)
        o.args = command
        o.name = name
        o.env = try envFile.flatMap(Self.readEnvFile) + env
        o.unsetenv = unsetenv
        o.unsetenvAll = unsetenvAll
        o.workdir = workdir
        o.user = user
        o.hostname = hostname
        o.interactive = interactive
        o.autoRemove = rm
        o.networking = networking.options
        o.stopSignal = stopSignal
        o.stopTimeout = stopTimeout
        o.tty = tty
        o.initProcess = `init`
        o.restartPolicy = restart
        o.capAdd = capAdd
        o.capDrop = capDrop
        o.privileged = privileged
        o.resources = resources.options
        o.userNamespace = userNamespace.options
        o.ulimits = ulimit
        // keep-groups (the caller's own supplementary groups, which a
        // rootless container keeps anyway) stands alone, as in Podman.
        if groupAdd.contains("keep-groups") && groupAdd.count > 1 {
            throw HullError(.failure, "the '--group-add keep-groups' option is not allowed with any other --group-add options")
        }
        o.groupAdd = groupAdd.filter { $0 != "keep-groups" }
        o.readOnly = readOnly
        o.shmSize = shmSize
        o.pidMode = pid
        o.timezone = tz
        o.ipcMode = ipc
        o.tmpfs = tmpfs
        o.logOptions = logOpt
        o.logDriver = logDriver
        o.devices = device
        o.deviceCgroupRules = deviceCgroupRule
        o.volumes = mountFlags.volume
        o.mounts = mountFlags.mount
        o.volumesFrom = mountFlags.volumesFrom
        for opt in securityOpt {
            let kv = opt.split(separator: "=", maxSplits: 1).map(String.init)
            switch (kv[0], kv.count > 1 ? kv[1] : nil) {
            case ("seccomp", let value?): o.seccompProfile = value
            // Docker writes `no-new-privileges:true`, Podman accepts both.
            case ("no-new-privileges", nil), ("no-new-privileges", "true"), ("no-new-privileges:true", nil):
                o.noNewPrivileges = true
            case ("no-new-privileges", "false"), ("no-new-privileges:false", nil): o.noNewPrivileges = false
            // Hosts here have neither SELinux nor AppArmor to configure.
            case ("label", _), ("apparmor", _): continue
            default: throw HullError(.failure, "invalid --security-opt \"\(opt)\": supported are seccomp=..., no-new-privileges, label=..., apparmor=...")
            }
        }
        for item in label {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            o.labels[kv[0]] = kv.count > 1 ? kv[1] : ""
        }
        if let entrypoint {
            if entrypoint.hasPrefix("["), let list = try? JSONDecoder().decode([String].self, from: Data(entrypoint.utf8)) {
                o.entrypoint = list
            } else {
                o.entrypoint = entrypoint.isEmpty ? [] : [entrypoint]
            }
        }
        return o
    }

    static func readEnvFile(_ path: String) throws -> [String] {
        try EnvFile.read(path)
    }
}

extension CreateFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<CreateFlags> { OptionTable<CreateFlags>([
        .option("--name") { $0.name = $1 },
        .flag("--replace") { $0.replace = $1 },
        .list("-e", "--env") { $0.env = $1 },
        .list("--unsetenv") { $0.unsetenv = $1 },
        .flag("--unsetenv-all") { $0.unsetenvAll = $1 },
        .list("--env-file") { $0.envFile = $1 },
        .option("--shm-size") { $0.shmSize = $1 },
        .option("--tz") { $0.tz = $1 },
        .option("--pid") { $0.pid = $1 },
        .option("--ipc") { $0.ipc = $1 },
        .option("-w", "--workdir") { $0.workdir = $1 },
        .option("-u", "--user") { $0.user = $1 },
        .option("-h", "--hostname") { $0.hostname = $1 },
        .list("-l", "--label") { $0.label = $1 },
        .option("--entrypoint") { $0.entrypoint = $1 },
        .flag("-i", "--interactive") { $0.interactive = $1 },
        .flag("-t", "--tty") { $0.tty = $1 },
        .flag("--init") { $0.`init` = $1 },
        .option("--restart") { $0.restart = $1 },
        .flag("--rm") { $0.rm = $1 },
        .group(\.networking, NetworkFlags.optionTable) { $0.networking = $1 },
        .option("--stop-signal") { $0.stopSignal = $1 },
        .option("--stop-timeout") { $0.stopTimeout = $1 },
        .list("--cap-add") { $0.capAdd = $1 },
        .list("--cap-drop") { $0.capDrop = $1 },
        .list("--security-opt") { $0.securityOpt = $1 },
        .flag("--privileged") { $0.privileged = $1 },
        .group(\.resources, ResourceFlags.optionTable) { $0.resources = $1 },
        .group(\.userNamespace, UserNamespaceFlags.optionTable) { $0.userNamespace = $1 },
        .list("--ulimit") { $0.ulimit = $1 },
        .list("--group-add") { $0.groupAdd = $1 },
        .flag("--read-only") { $0.readOnly = $1 },
        .list("--tmpfs") { $0.tmpfs = $1 },
        .group(\.mountFlags, MountFlags.optionTable) { $0.mountFlags = $1 },
        .list("--device") { $0.device = $1 },
        .list("--device-cgroup-rule") { $0.deviceCgroupRule = $1 },
        .option("--log-driver") { $0.logDriver = $1 },
        .list("--log-opt") { $0.logOpt = $1 },
    ]) }
}
