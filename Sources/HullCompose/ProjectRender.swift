import HullEngine

/// The resolved project as `docker compose config` lays it out: keys in
/// alphabetical order, ports and volumes in long syntax, environment and
/// depends_on as mappings, networks and volumes with their full names.
public enum ProjectRender {
    public static func project(_ p: ComposeProject) -> TemplateValue {
        var top: [(String, TemplateValue)] = [("name", .string(p.name))]
        top.append(("services", .map(p.services.map { ($0.name, service($0)) })))
        if !p.networks.isEmpty {
            top.append(("networks", .map(p.networks.keys.sorted().map { key in
                let n = p.networks[key]!
                var m: [(String, TemplateValue)] = [("name", .string(p.networkName(key)))]
                if let d = n.driver { m.append(("driver", .string(d))) }
                if let b = n.bridgeName { m.append(("driver_opts", .map([("com.docker.network.bridge.name", .string(b))]))) }
                if n.external { m.append(("external", true)) }
                if n.internal { m.append(("internal", true)) }
                if let s = n.subnet { m.append(("ipam", .map([("config", .list([.map([("subnet", .string(s))])]))]))) }
                if !n.labels.isEmpty { m.append(("labels", strings(n.labels))) }
                return (key, .map(m))
            })))
        }
        if !p.volumes.isEmpty {
            top.append(("volumes", .map(p.volumes.keys.sorted().map { key in
                let v = p.volumes[key]!
                var m: [(String, TemplateValue)] = [("name", .string(p.volumeName(key)))]
                if let d = v.driver { m.append(("driver", .string(d))) }
                if v.external { m.append(("external", true)) }
                if !v.labels.isEmpty { m.append(("labels", strings(v.labels))) }
                return (key, .map(m))
            })))
        }
        return .map(top)
    }

    public static func service(_ s: ComposeService) -> TemplateValue {
        var m: [(String, TemplateValue)] = []
        func add(_ key: String, _ value: TemplateValue?) { if let value { m.append((key, value)) } }
        func list(_ items: [String]) -> TemplateValue? { items.isEmpty ? nil : .list(items.map { .string($0) }) }
        if let b = s.build {
            var bm: [(String, TemplateValue)] = [("context", .string(b.context))]
            bm.append(("dockerfile", .string(b.dockerfile ?? "Dockerfile")))
            if let i = b.dockerfileInline { bm.append(("dockerfile_inline", .string(i))) }
            if !b.args.isEmpty { bm.append(("args", strings(b.args))) }
            if let t = b.target { bm.append(("target", .string(t))) }
            if !b.labels.isEmpty { bm.append(("labels", strings(b.labels))) }
            add("build", .map(bm))
        }
        if !s.capAdd.isEmpty { add("cap_add", list(s.capAdd)) }
        if !s.capDrop.isEmpty { add("cap_drop", list(s.capDrop)) }
        add("command", s.command.map { .list($0.map { .string($0) }) })
        add("container_name", s.containerName.map { .string($0) })
        if !s.dependsOn.isEmpty {
            add("depends_on", .map(s.dependsOn.keys.sorted().map { k in
                let d = s.dependsOn[k]!
                var dm: [(String, TemplateValue)] = [("condition", .string(d.condition))]
                if d.restart { dm.append(("restart", true)) }
                dm.append(("required", .bool(d.required)))
                return (k, .map(dm))
            }))
        }
        add("dns", list(s.dns))
        add("entrypoint", s.entrypoint.map { .list($0.map { .string($0) }) })
        if !s.environment.isEmpty {
            add("environment", .map(s.environment.keys.sorted().map { ($0, s.environment[$0]!.map { .string($0) } ?? .null) }))
        }
        add("expose", list(s.expose))
        add("extra_hosts", list(s.extraHosts))
        if let h = s.healthcheck {
            var hm: [(String, TemplateValue)] = []
            if let t = h.test { hm.append(("test", .list(t.map { .string($0) }))) }
            if let v = h.timeout { hm.append(("timeout", .string(v))) }
            if let v = h.interval { hm.append(("interval", .string(v))) }
            if let v = h.retries { hm.append(("retries", .int(Int64(v)))) }
            if let v = h.startPeriod { hm.append(("start_period", .string(v))) }
            if let v = h.startInterval { hm.append(("start_interval", .string(v))) }
            if h.disable { hm.append(("disable", true)) }
            add("healthcheck", .map(hm))
        }
        add("hostname", s.hostname.map { .string($0) })
        add("image", s.image.map { .string($0) })
        add("init", s.initProcess.map { .bool($0) })
        if !s.labels.isEmpty { add("labels", strings(s.labels)) }
        add("network_mode", s.networkMode.map { .string($0) })
        if !s.networks.isEmpty {
            add("networks", .map(s.networks.keys.sorted().map { k in
                let a = s.networks[k]!
                var am: [(String, TemplateValue)] = []
                if !a.aliases.isEmpty { am.append(("aliases", .list(a.aliases.map { .string($0) }))) }
                if let ip = a.ipv4Address { am.append(("ipv4_address", .string(ip))) }
                return (k, am.isEmpty ? .null : .map(am))
            }))
        }
        if !s.ports.isEmpty {
            add("ports", .list(s.ports.map { p in
                var pm: [(String, TemplateValue)] = [("mode", .string(p.mode))]
                if let ip = p.hostIP { pm.append(("host_ip", .string(ip))) }
                pm.append(("target", Int64(p.target).map { .int($0) } ?? .string(p.target)))
                if let pub = p.published { pm.append(("published", .string(pub))) }
                pm.append(("protocol", .string(p.proto)))
                return .map(pm)
            }))
        }
        if s.privileged { add("privileged", true) }
        if s.readOnly { add("read_only", true) }
        add("restart", s.restart.map { .string($0) })
        if s.scale != 1 { add("scale", .int(Int64(s.scale))) }
        add("security_opt", list(s.securityOpt))
        if s.stdinOpen { add("stdin_open", true) }
        add("stop_grace_period", s.stopGracePeriod.map { .string($0) })
        add("stop_signal", s.stopSignal.map { .string($0) })
        if !s.sysctls.isEmpty { add("sysctls", strings(s.sysctls)) }
        add("tmpfs", list(s.tmpfs))
        if s.tty { add("tty", true) }
        if !s.ulimits.isEmpty { add("ulimits", strings(s.ulimits)) }
        add("user", s.user.map { .string($0) })
        if !s.volumes.isEmpty {
            add("volumes", .list(s.volumes.map { v in
                var vm: [(String, TemplateValue)] = [("type", .string(v.kind.rawValue))]
                if let src = v.source { vm.append(("source", .string(src))) }
                vm.append(("target", .string(v.target)))
                if v.readOnly { vm.append(("read_only", true)) }
                switch v.kind {
                case .bind: vm.append(("bind", .map(v.createHostPath ? [("create_host_path", true)] : [])))
                case .volume: vm.append(("volume", .map(v.noCopy ? [("nocopy", true)] : [])))
                case .tmpfs: break
                }
                return .map(vm)
            }))
        }
        add("working_dir", s.workingDir.map { .string($0) })
        return .map(m)
    }

    private static func strings(_ d: [String: String]) -> TemplateValue {
        .map(d.keys.sorted().map { ($0, .string(d[$0]!)) })
    }

    /// What `com.docker.compose.config-hash` holds: a digest of everything
    /// that shapes the service's container, so an edit shows as a new hash.
    public static func configHash(_ s: ComposeService, project: ComposeProject) -> String {
        var text = service(s).jsonString()
        for n in s.networks.keys.sorted() { text += "\n" + project.networkName(n) }
        return SHA256Hasher.hexDigest(of: Array(text.utf8))
    }
}
