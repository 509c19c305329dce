#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Pods as Podman shows them: `pod ps` rows and JSON, `pod inspect`.
public enum PodView {
    /// A `pod ps` row for templates: Podman's ListPodReporter, a struct,
    /// so a field it lacks is a template error.
    public static func row(_ pod: PodRecord, members: [Container], status: String, truncate: Bool, now: Date = Date()) -> TemplateValue {
        let short: (String) -> String = { truncate ? String($0.prefix(12)) : $0 }
        let id = short(pod.id)
        let infra = pod.infraContainerID.map(short) ?? ""
        let ids: [String] = members.map { short($0.id) }
        let names: [String] = members.map(\.name)
        let statuses: [String] = members.map(\.state.status.rawValue)
        let fields: [(String, TemplateValue)] = [
            ("ID", .string(id)),
            ("Id", .string(id)),
            ("Name", .string(pod.name)),
            ("Status", .string(status)),
            ("Created", .string(Timestamp.ago(pod.created, now: now))),
            ("InfraID", .string(infra)),
            ("InfraId", .string(infra)),
            ("NumberOfContainers", .string(String(members.count))),
            ("Labels", VolumeView.stringMap(pod.labels)),
            ("Namespace", .string("")),
            ("Networks", .list(pod.network.map { .string($0) })),
            ("Cgroup", .string("")),
            ("ContainerIds", .string(ids.joined(separator: ","))),
            ("ContainerNames", .string(names.joined(separator: ","))),
            ("ContainerStatuses", .string(statuses.joined(separator: ","))),
        ]
        return .typed("pods.ListPodReporter", .map(fields))
    }

    /// `pod ps --format json`: Podman's ListPodsReport.
    public static func json(_ pod: PodRecord, members: [Container], status: String) -> TemplateValue {
        .map([
            ("Cgroup", .string("")),
            ("Containers", .list(members.map { c in
                .map([("Id", .string(c.id)), ("Names", .string(c.name)), ("Status", .string(c.state.status.rawValue))])
            })),
            ("Created", .string(Timestamp.rfc3339Nano(pod.created))),
            ("Id", .string(pod.id)),
            ("InfraId", .string(pod.infraContainerID ?? "")),
            ("Name", .string(pod.name)),
            ("Namespace", .string("")),
            ("Networks", .list(pod.network.map { .string($0) })),
            ("Status", .string(status)),
            ("Labels", VolumeView.stringMap(pod.labels)),
        ])
    }

    /// `pod inspect`: Podman's InspectPodData, the fields hull has; empty
    /// ones left out as Podman's omitempty does.
    public static func inspect(_ pod: PodRecord, members: [Container], status: String) -> TemplateValue {
        var fields: [(String, TemplateValue)] = [
            ("Id", .string(pod.id)),
            ("Name", .string(pod.name)),
            ("Created", .string(Timestamp.rfc3339Nano(pod.created))),
            ("ExitPolicy", .string(pod.exitPolicy)),
            ("State", .string(status)),
            ("Hostname", .string(pod.hostname ?? "")),
        ]
        if !pod.labels.isEmpty { fields.append(("Labels", VolumeView.stringMap(pod.labels))) }
        fields.append(("CreateInfra", .bool(pod.infra)))
        if let infra = pod.infraContainerID { fields.append(("InfraContainerID", .string(infra))) }
        if !pod.share.isEmpty { fields.append(("SharedNamespaces", .list(pod.share.map { .string($0) }))) }
        fields.append(("NumContainers", .int(Int64(members.count))))
        if !members.isEmpty {
            fields.append(("Containers", .list(members.map { c in
                .map([("Id", .string(c.id)), ("Name", .string(c.name)), ("State", .string(c.state.status.rawValue))])
            })))
        }
        return .typed("define.InspectPodData", .map(fields))
    }
}
