/// Podman's `image inspect` object.
public enum ImageView {
    public static func inspect(_ image: Image) -> TemplateValue {
        let d = image.defaults
        func strings(_ l: [String]?) -> TemplateValue { l.map { .list($0.map { .string($0) }) } ?? .null }
        var config: [(String, TemplateValue)] = []
        if let user = d.User { config.append(("User", .string(user))) }
        if let env = d.Env { config.append(("Env", strings(env))) }
        if let e = d.Entrypoint { config.append(("Entrypoint", strings(e))) }
        if let c = d.Cmd { config.append(("Cmd", strings(c))) }
        if let w = d.WorkingDir { config.append(("WorkingDir", .string(w))) }
        if let l = d.Labels { config.append(("Labels", .map(l.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))) }
        if let s = d.StopSignal { config.append(("StopSignal", .string(s))) }
        if let p = d.ExposedPorts { config.append(("ExposedPorts", .map(p.keys.sorted().map { ($0, .map([])) }))) }
        if let v = d.Volumes { config.append(("Volumes", .map(v.keys.sorted().map { ($0, .map([])) }))) }
        let r = image.record
        let repoDigests: [TemplateValue] = r.reportedRepoDigests.map { .string($0) }
        let labels: TemplateValue = d.Labels.map { l in .map(l.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }) } ?? .null
        let history: [TemplateValue] = (image.config.history ?? []).map { h in
            .map([("created", .string(h.created.map(Timestamp.rfc3339Nano) ?? "")),
                  ("created_by", .string(h.created_by ?? "")),
                  ("comment", .string(h.comment ?? ""))])
        }
        return .map([
            ("Id", .string(r.id)),
            ("Digest", .string(r.digest ?? "sha256:" + r.id)),
            ("RepoTags", strings(r.names)),
            ("RepoDigests", .list(repoDigests)),
            ("Created", .string(Timestamp.rfc3339Nano(r.created))),
            ("Config", .map(config)),
            ("Version", .string("")),
            ("Author", .string(image.config.author ?? "")),
            ("Architecture", .string(image.config.architecture)),
            ("Os", .string(image.config.os)),
            ("Size", .int(r.size)),
            ("VirtualSize", .int(r.size)),
            ("Labels", labels),
            ("RootFS", .map([("Type", .string("layers")), ("Layers", strings(r.layers))])),
            ("History", .list(history)),
            ("NamesHistory", strings(r.names)),
        ])
    }
}
