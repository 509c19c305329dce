/// Pods as Podman shows them: `pod ps` rows and the `pod inspect` object.
public enum PodView {
    /// A `pod ps` row (Podman's ListPodsReport field names).
    public static func row(_ pod: PodRecord, members: [Container], status: String) -> TemplateValue {
        .map([
            ("ID", .string(String(pod.id.prefix(12)))),
            ("Name", .string(pod.name)),
            ("Status", .string(status)),
            ("Created", .string(Timestamp.ago(pod.created))),
            ("InfraID", .string(pod.infraContainerID.map { String($0.prefix(12)) } ?? "")),
            ("NumberOfContainers", .int(Int64(members.count))),
            ("Labels", VolumeView.stringMap(pod.labels)),
            ("Namespace", .string("")),
            ("Networks", .list(pod.network.map { .string($0) })),
            ("Containers", .list(members.map { c in
                .map([("Id", .string(c.id)), ("Names", .string(c.name)), ("Status", .string(c.state.status.rawValue))])
            })),
        ])
    }

    /// `pod inspect`: Podman's InspectPodData, the fields hull has.
    public static func inspect(_ pod: PodRecord, members: [Container], status: String) -> TemplateValue {
        .map([
            ("Id", .string(pod.id)),
            ("Name", .string(pod.name)),
            ("Created", .string(Timestamp.rfc3339Nano(pod.created))),
            ("ExitPolicy", .string(pod.exitPolicy)),
            ("State", .string(status)),
            ("Hostname", .string(pod.hostname ?? "")),
            ("Labels", VolumeView.stringMap(pod.labels)),
            ("CreateInfra", .bool(pod.infra)),
            ("InfraContainerID", .string(pod.infraContainerID ?? "")),
            ("SharedNamespaces", .list(pod.share.map { .string($0) })),
            ("NumContainers", .int(Int64(members.count))),
            ("Containers", .list(members.map { c in
                .map([("Id", .string(c.id)), ("Name", .string(c.name)), ("State", .string(c.state.status.rawValue))])
            })),
        ])
    }
}
