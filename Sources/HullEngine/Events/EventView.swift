/// An event as `events` prints it: Podman's default line, and the fields
/// its `--format` templates reach (`{{.Status}}`, `{{.Time}}`, ...).
public enum EventView {
    /// `2026-12-08 01:02:03.123456789 +0000 UTC container start ID (image=..., name=...)`,
    /// Podman's `ToHumanReadable` per event type.
    public static func line(_ e: Event) -> String {
        let head = e.time.goString + " " + e.type.rawValue + " " + e.status
        let id = e.id ?? ""
        switch e.type {
        case .container:
            var s = head + " " + id + " (image=" + (e.image ?? "") + ", name=" + (e.name ?? "")
            if let health = e.healthStatus, !health.isEmpty { s += ", health_status=" + health }
            for (k, v) in (e.attributes ?? [:]).sorted(by: { $0.key < $1.key }) { s += ", " + k + "=" + v }
            return s + ")"
        case .network:
            if e.status == "create" || e.status == "remove" { return head + " " + (e.network ?? e.name ?? "") }
            return head + " " + id + " (container=" + id + ", name=" + (e.network ?? "") + ")"
        case .image:
            return head + " " + id + " " + (e.name ?? "")
        case .volume, .system:
            return (e.name ?? "").isEmpty ? head : head + " " + (e.name ?? "")
        }
    }

    /// The value a Go template sees: Podman's `events.Event` fields.
    public static func template(_ e: Event) -> TemplateValue {
        .typed("events.Event", .map([
            ("ContainerExitCode", .int(Int64(e.exitCode ?? 0))),
            ("ID", .string(e.id ?? "")),
            ("Image", .string(e.image ?? "")),
            ("Name", .string(e.name ?? "")),
            ("Network", .string(e.network ?? "")),
            ("Status", .string(e.status)),
            ("Time", .string(e.time.goString)),
            ("TimeNano", .int(e.time.seconds * 1_000_000_000 + Int64(e.time.nanoseconds))),
            ("Type", .string(e.type.rawValue)),
            ("HealthStatus", .string(e.healthStatus ?? "")),
            ("Attributes", .map((e.attributes ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ]))
    }
}
