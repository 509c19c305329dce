#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Volumes and mounts as Podman shows them (`volume inspect`, `volume ls`,
/// the `.Mounts` of `container inspect`).
public enum VolumeView {
    static func stringMap(_ m: [String: String]) -> TemplateValue {
        .map(m.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    /// Podman's `volume inspect` object; `volume ls --format json` too.
    public static func inspect(_ v: VolumeRecord, mountpoint: String, mountCount: Int) -> TemplateValue {
        var fields: [(String, TemplateValue)] = [
            ("Name", .string(v.name)),
            ("Driver", .string(v.driver)),
            ("Mountpoint", .string(mountpoint)),
            ("CreatedAt", .string(Timestamp.rfc3339Nano(v.createdAt))),
            ("Labels", stringMap(v.labels)),
            ("Scope", .string("local")),
            ("Options", stringMap(v.options)),
        ]
        if let uid = v.uid { fields.append(("UID", .int(Int64(uid)))) }
        if let gid = v.gid { fields.append(("GID", .int(Int64(gid)))) }
        if v.anonymous { fields.append(("Anonymous", .bool(true))) }
        fields.append(("MountCount", .int(Int64(mountCount))))
        if v.needsCopyUp { fields.append(("NeedsCopyUp", .bool(true))) }
        // hull's copy-up is also when the volume's root takes the owner of
        // the directory it is mounted on (Podman's separate chown).
        if v.needsCopyUp { fields.append(("NeedsChown", .bool(true))) }
        return .map(fields)
    }

    /// The `.Mounts` of `container inspect`: binds and volumes (Podman
    /// lists tmpfs mounts under HostConfig.Tmpfs instead).
    public static func mounts(_ mounts: [MountSpec], volumes: VolumeStore) -> TemplateValue {
        .list(mounts.filter { $0.type != .tmpfs }.map { m in
            var fields: [(String, TemplateValue)] = [("Type", .string(m.type.rawValue))]
            if m.type == .volume { fields.append(("Name", .string(m.source))) }
            fields += [
                ("Source", .string(m.type == .volume
                    ? (try? volumes.load(m.source)).map(volumes.mountpoint) ?? volumes.dataDir(m.source) : m.source)),
                ("Destination", .string(m.destination)),
                ("Driver", .string(m.type == .volume ? "local" : "")),
                ("Mode", .string("")),
                ("Options", .list(m.optionWords.map { .string($0) })),
                ("RW", .bool(!m.readOnly)),
                ("Propagation", .string(m.propagation ?? "rprivate")),
            ]
            return .map(fields)
        })
    }
}
