#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// How containers look in `ps` and `inspect`: Podman's field names and
/// strings, so templates written for Podman work unchanged.
public enum ContainerView {
    /// `Up 5 seconds`, `Exited (0) 3 seconds ago`, `Created`, `Paused`.
    public static func status(_ c: Container, now: Date) -> String {
        switch c.state.status {
        case .created: return "Created"
        case .running: return "Up " + Timestamp.humanDuration(now.timeIntervalSince(c.state.startedAt ?? now))
        case .paused: return "Paused"
        case .stopping: return "Stopping"
        case .removing: return "Removing"
        case .exited:
            return "Exited (\(c.state.exitCode)) " + Timestamp.ago(c.state.finishedAt ?? now, now: now)
        }
    }

    static func command(_ c: Container, truncate: Bool) -> String {
        let joined = c.config.command.joined(separator: " ")
        guard truncate, joined.count > 17 else { return joined }
        return String(joined.prefix(17)) + "..."
    }

    static func labels(_ c: Container) -> TemplateValue {
        .map(c.config.labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    static func strings(_ list: [String]) -> TemplateValue { .list(list.map { .string($0) }) }

    /// `ps --size`: "12B (virtual 1.98MB)", Podman's units without a space.
    static func sizeText(_ size: ContainerSize?) -> String {
        guard let size else { return "" }
        let human = { (n: Int64) in String(ByteSize.human(n).filter { $0 != " " }) }
        return "\(human(size.rw)) (virtual \(human(size.rootFs)))"
    }

    /// One row of `ps` for templates and tables; `size` with `ps --size`.
    /// A struct, as Podman's: a field it lacks is a template error.
    public static func psRow(_ c: Container, now: Date, truncate: Bool, size: ContainerSize? = nil) -> TemplateValue {
        .typed("containers.psReporter", .map([
            ("ID", .string(truncate ? String(c.id.prefix(12)) : c.id)),
            ("Image", .string(c.config.imageName)),
            ("ImageID", .string(truncate ? String(c.config.imageID.prefix(12)) : c.config.imageID)),
            ("Command", .string(command(c, truncate: truncate))),
            ("CreatedHuman", .string(Timestamp.ago(c.config.created, now: now))),
            ("RunningFor", .string(Timestamp.humanDuration(now.timeIntervalSince(c.config.created)))),
            ("CreatedAt", .string(Timestamp.rfc3339Nano(c.config.created))),
            ("Created", .int(Int64(c.config.created.timeIntervalSince1970))),
            ("Status", .string(status(c, now: now))),
            ("State", .string(c.state.status.rawValue)),
            ("Ports", .string(NetworkView.portsSummary(c.config.networking?.ports ?? []))),
            ("Names", .string(c.name)),
            ("Labels", labels(c)),
            ("Pid", .int(Int64(c.state.pid))),
            ("ExitCode", .int(Int64(c.state.exitCode))),
            ("Exited", .bool(c.state.status == .exited)),
            ("AutoRemove", .bool(c.config.autoRemove)),
            ("Mounts", strings((c.config.mounts ?? []).filter { $0.type != .tmpfs }.map(\.destination))),
            ("Networks", .string(c.config.networking.map { $0.networks.isEmpty ? c.config.network : $0.networks.joined(separator: ",") } ?? c.config.network)),
            ("Size", .string(sizeText(size))),
        ]))
    }

    /// Podman's `ps --format json` element.
    public static func psJSON(_ c: Container, now: Date, size: ContainerSize? = nil) -> TemplateValue {
        .map([
            ("AutoRemove", .bool(c.config.autoRemove)),
            ("Command", strings(c.config.command)),
            ("CreatedAt", .string(Timestamp.ago(c.config.created, now: now))),
            ("Exited", .bool(c.state.status == .exited)),
            ("ExitedAt", .int(Int64(c.state.finishedAt?.timeIntervalSince1970 ?? -62135596800))),
            ("ExitCode", .int(Int64(c.state.exitCode))),
            ("Id", .string(c.id)),
            ("Image", .string(c.config.imageName)),
            ("ImageID", .string(c.config.imageID)),
            ("IsInfra", .bool(false)),
            ("Labels", labels(c)),
            ("Mounts", strings((c.config.mounts ?? []).filter { $0.type != .tmpfs }.map(\.destination))),
            ("Names", strings([c.name])),
            ("Networks", strings(c.config.networking?.networks ?? [])),
            ("Pid", .int(Int64(c.state.pid))),
            ("Pod", .string("")),
            ("PodName", .string("")),
            ("Ports", c.config.networking.map { $0.ports.isEmpty ? .null : .list($0.ports.map { p in
                .map([("host_ip", .string(p.hostIP)), ("container_port", .int(Int64(p.containerPort))),
                      ("host_port", .int(Int64(p.hostPort))), ("range", .int(1)), ("protocol", .string(p.proto))]) }) } ?? .null),
            ("Size", size.map { .map([("rootFsSize", .int($0.rootFs)), ("rwSize", .int($0.rw))]) } ?? .null),
            ("StartedAt", .int(Int64(c.state.startedAt?.timeIntervalSince1970 ?? -62135596800))),
            ("State", .string(c.state.status.rawValue)),
            ("Status", .string(status(c, now: now))),
            ("Created", .int(Int64(c.config.created.timeIntervalSince1970))),
        ])
    }

    static func time(_ date: Date?) -> TemplateValue {
        .string(date.map(Timestamp.rfc3339Nano) ?? "0001-01-01T00:00:00Z")
    }

    /// Podman's "UidMap"/"GidMap" lists of "CTR:HOST:LEN"; null without a user namespace.
    static func idMappings(_ ids: ContainerIDMappings?) -> TemplateValue {
        guard let ids else { return .null }
        return .map([("UidMap", strings(ids.uidMap.map(\.description))), ("GidMap", strings(ids.gidMap.map(\.description)))])
    }

    /// Podman's `container inspect` object.
    /// `imageDigest`: the manifest digest of the container's image, when known.
    public static func inspect(_ c: Container, logPath: String, volumes: VolumeStore? = nil,
                               attachments: [(NetworkRecord, Lease)] = [], imageDigest: String? = nil) -> TemplateValue {
        let s = c.state
        let running = s.status == .running || s.status == .paused
        return .typed("interface {}", .map([
            ("Id", .string(c.id)),
            ("Created", time(c.config.created)),
            ("Path", .string(c.config.command.first ?? "")),
            ("Args", strings(Array(c.config.command.dropFirst()))),
            ("State", .typed("*define.InspectContainerState", .map([
                ("OciVersion", .string("1.1.0")),
                ("Status", .string(s.status.rawValue)),
                ("Running", .bool(s.status == .running)),
                ("Paused", .bool(s.status == .paused)),
                ("Restarting", .bool(false)),
                ("OOMKilled", .bool(s.oomKilled)),
                ("Dead", .bool(false)),
                ("Pid", .int(Int64(running ? s.pid : 0))),
                ("ExitCode", .int(Int64(s.exitCode))),
                ("Error", .string(s.error ?? "")),
                ("StartedAt", time(s.startedAt)),
                ("FinishedAt", time(s.finishedAt)),
                ("CgroupPath", .string(running ? s.cgroupPath ?? "" : "")),
                // Podman's other State fields: templates that name them must
                // not fail (a struct's missing field is an error).
                ("ConmonPid", .int(Int64(running ? s.recorderPid ?? 0 : 0))),
                ("Checkpointed", .bool(false)),
                ("Restored", .bool(false)),
                ("StoppedByUser", .bool(s.stoppedByUser ?? false)),
            ]))),
            ("Image", .string(c.config.imageID)),
            ("ImageDigest", .string(imageDigest ?? "")),
            ("ImageName", .string(c.config.imageName)),
            ("Rootfs", .string("")),
            ("LogPath", .string(logPath)),
            ("Name", .string(c.name)),
            ("RestartCount", .int(Int64(c.state.restartCount ?? 0))),
            ("Driver", .string("overlay")),
            ("Mounts", volumes.map { VolumeView.mounts(c.config.mounts ?? [], volumes: $0) } ?? .list([])),
            ("Dependencies", strings(ContainerDependencies.requirements(of: c))),
            ("ExecIDs", .list([])),
            ("Pod", .string("")),
            ("IsInfra", .bool(false)),
            ("IsService", .bool(false)),
            ("Namespace", .string("")),
            ("MountLabel", .string("")),
            ("ProcessLabel", .string("")),
            ("AppArmorProfile", .string("")),
            ("Config", .typed("*define.InspectContainerConfig", .map([
                ("Hostname", .string(c.config.hostname)),
                ("Domainname", .string("")),
                ("User", .string(c.config.user)),
                ("Env", strings(c.config.env)),
                ("Cmd", strings(c.config.cmd)),
                ("Image", .string(c.config.imageName)),
                ("WorkingDir", .string(c.config.workingDir)),
                ("Entrypoint", strings(c.config.entrypoint)),
                ("Labels", labels(c)),
                ("Tty", .bool(c.config.tty ?? false)),
                ("OpenStdin", .bool(c.config.interactive)),
                ("StdinOnce", .bool(false)),
                ("Timezone", .string(c.config.timezone ?? "")),
                ("Annotations", .map([])),
                ("StopSignal", .string(Signals.name(Signals.parse(c.config.stopSignal ?? "TERM") ?? SIGTERM))),
                ("StopTimeout", .int(Int64(c.config.stopTimeout ?? 10))),
            ]))),
            ("HostConfig", .typed("*define.InspectContainerHostConfig", HostConfigView.hostConfig(c, logPath: logPath))),
            ("NetworkSettings", NetworkView.settings(c, attachments: attachments)),
        ]))
    }
}
