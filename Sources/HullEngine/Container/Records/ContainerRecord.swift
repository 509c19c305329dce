#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux

/// How a container was asked to run: `containers/<id>/config.json`.
/// Written once at create, never changed (a rename rewrites the name).
public struct ContainerConfig: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// The image id and the name the user gave for it (normalized).
    public var imageID: String
    public var imageName: String
    public var created: Date
    /// The resolved command: entrypoint followed by cmd.
    public var entrypoint: [String]
    public var cmd: [String]
    public var env: [String]
    public var workingDir: String
    public var user: String
    public var hostname: String
    public var labels: [String: String]
    public var interactive: Bool
    public var autoRemove: Bool
    /// Network mode as given: none, host, bridge, container:NAME or network names.
    public var network: String
    /// What `stop` sends first, and how long it waits before SIGKILL.
    public var stopSignal: String?
    public var stopTimeout: Int?
    /// The process runs on a pty made inside the container.
    public var tty: Bool?
    /// PID 1 is hull's tiny init, with the command as its child.
    public var initProcess: Bool?
    /// no, always, on-failure[:N], unless-stopped
    public var restartPolicy: String?
    /// Security: --cap-add/--cap-drop, --security-opt seccomp=... and
    /// no-new-privileges, --privileged.
    public var capAdd: [String]?
    public var capDrop: [String]?
    public var seccompProfile: String?
    public var noNewPrivileges: Bool?
    public var privileged: Bool?
    /// Resource limits (--memory, --cpus, --pids-limit, ...).
    public var limits: CgroupLimits?
    public var ulimits: [String]?
    public var groupAdd: [String]?
    /// --read-only root file system, --tmpfs mounts (PATH[:OPTIONS]).
    public var readOnly: Bool?
    public var tmpfs: [String]?
    /// --log-opt max-size: past it, ctr.log becomes ctr.log.1 and a new one starts.
    public var logMaxSize: Int64?
    /// Bind, volume and tmpfs mounts (-v, --mount, --tmpfs, image VOLUMEs).
    public var mounts: [MountSpec]?
    /// Networks, published ports, DNS and hosts settings (`network` above
    /// keeps the mode as the user gave it, for inspect).
    public var networking: NetworkSpec?
    /// A user namespace (--userns=auto, --uidmap/--gidmap); nil: the host's.
    public var idMappings: ContainerIDMappings?
    /// The FUSE program that mounts its root (overlay.mount_program,
    /// fuse-overlayfs); nil: the kernel's overlay.
    public var mountProgram: String?
    /// `--shm-size` in bytes; nil: Podman's default /dev/shm (RootFileSystem).
    public var shmSize: Int64?
    /// `--pid host` and `--ipc host|none` (NamespaceModes); nil: private.
    public var pidMode: String?
    public var ipcMode: String?
    /// `--tz`: a zoneinfo name, or "local" for the host's zone.
    public var timezone: String?
    /// `--log-driver` as given (k8s-file, json-file: the same k8s-file
    /// log); nil: k8s-file.
    public var logDriver: String?
    /// `--device`, each `HOST:CONTAINER:PERMISSIONS` (DeviceOptions).
    public var devices: [String]?

    public var command: [String] { entrypoint + cmd }
}

/// Where a container is in its life: `containers/<id>/state.json`.
public struct ContainerState: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        case created, running, paused, exited, stopping, removing
    }

    public var status: Status
    public var pid: Int32
    /// Start time of `pid` in clock ticks, to tell it from a reused pid.
    public var pidStartTime: UInt64?
    public var exitCode: Int32
    public var startedAt: Date?
    public var finishedAt: Date?
    public var oomKilled: Bool
    public var error: String?
    /// The process that waits for the container and records its exit:
    /// its monitor, or the hull that runs it in the foreground.
    public var recorderPid: Int32?
    public var recorderStartTime: UInt64?
    /// The monitor's keeper (see monitor_keeper.c): the subreaper that
    /// inherits the process, and records its exit, if the monitor dies.
    public var keeperPid: Int32?
    public var keeperStartTime: UInt64?
    /// Set by `stop` so restart policies leave the container stopped.
    public var stoppedByUser: Bool?
    public var restartCount: Int?
    /// The container's cgroup as /proc/PID/cgroup names it on cgroup2
    /// ("/hull/<id>"; rootless "<delegated cgroup>/hull/<id>"), recorded
    /// at start: a rootless cgroup's place depends on where its hull ran,
    /// and stats, update, pause and rm may run elsewhere.
    public var cgroupPath: String?

    public var hasLiveRecorder: Bool {
        guard let pid = recorderPid else { return false }
        return ProcessTable.isAlive(pid: pid, startTime: recorderStartTime)
    }

    public var hasLiveKeeper: Bool {
        guard let pid = keeperPid else { return false }
        return ProcessTable.isAlive(pid: pid, startTime: keeperStartTime)
    }

    public static let created = ContainerState(status: .created, pid: 0, pidStartTime: nil, exitCode: 0,
                                               startedAt: nil, finishedAt: nil, oomKilled: false, error: nil,
                                               recorderPid: nil, recorderStartTime: nil, stoppedByUser: nil,
                                               restartCount: nil)
}

/// A container as commands see it.
public struct Container: Sendable {
    public var config: ContainerConfig
    public var state: ContainerState

    public var id: String { config.id }
    public var name: String { config.name }
}
