#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine

/// One service's mapping into a `ComposeService`, checking every key.
struct ServiceParser {
    let reader: NodeReader
    /// Directory relative paths (binds, env files) are resolved against.
    let projectDir: String
    let environment: [String: String]

    static let handled: Set<String> = [
        "image", "build", "command", "entrypoint", "environment", "env_file", "ports", "expose", "volumes", "networks",
        "network_mode", "depends_on", "healthcheck", "restart", "container_name", "hostname", "user", "working_dir",
        "labels", "init", "read_only", "tmpfs", "cap_add", "cap_drop", "privileged", "security_opt", "stop_signal",
        "stop_grace_period", "stdin_open", "tty", "profiles", "extra_hosts", "dns", "ulimits", "sysctls", "scale",
        "pull_policy", "extends",
    ]
    /// Keys of the specification hull does not carry out yet: refused by
    /// name rather than silently ignored.
    static let notYet: Set<String> = [
        "annotations", "attach", "blkio_config", "cgroup", "cgroup_parent", "configs", "cpu_count", "cpu_percent",
        "cpu_shares", "cpu_period", "cpu_quota", "cpu_rt_runtime", "cpu_rt_period", "cpus", "cpuset", "credential_spec",
        "deploy", "develop", "device_cgroup_rules", "devices", "dns_opt", "dns_search", "domainname", "driver_opts",
        "external_links", "gpus", "group_add", "ipc", "isolation", "label_file", "links", "logging",
        "mac_address", "mem_limit", "mem_reservation", "mem_swappiness", "memswap_limit", "oom_kill_disable",
        "oom_score_adj", "pid", "pids_limit", "platform", "post_start", "pre_stop", "provider", "runtime", "secrets",
        "shm_size", "storage_opt", "use_api_socket", "userns_mode", "uts", "volumes_from",
    ]

    func parse(name: String, _ node: ComposeNode, path: String) throws(HullError) -> ComposeService {
        let m = try reader.map(node, path)
        var s = ComposeService(name: name)
        for (key, value) in m.entries {
            let p = join(path, key)
            if key.hasPrefix("x-") { continue }
            if Self.notYet.contains(key) { throw reader.fail(p, "not supported by hull yet") }
            guard Self.handled.contains(key) else { throw reader.fail(p, "additional property \(key) is not allowed") }
            if value == .null { continue }
            switch key {
            case "image": s.image = try reader.string(value, p)
            case "build": s.build = try build(value, p)
            case "command": s.command = try reader.command(value, p)
            case "entrypoint": s.entrypoint = try reader.command(value, p)
            case "environment": for (k, v) in try reader.keyValues(value, p) { s.environment[k] = v }
            case "env_file":
                for (k, v) in try envFiles(value, p) where s.environment[k] == nil { s.environment[k] = v }
            case "ports":
                guard case .sequence(let items) = value else { throw reader.fail(p, "must be a list") }
                for (i, item) in items.enumerated() { s.ports += try PortSyntax.parse(item, reader: reader, path: "\(p)[\(i)]") }
            case "expose": s.expose = try reader.strings(value, p)
            case "volumes":
                guard case .sequence(let items) = value else { throw reader.fail(p, "must be a list") }
                for (i, item) in items.enumerated() {
                    s.volumes.append(try MountSyntax.parse(item, reader: reader, path: "\(p)[\(i)]", projectDir: projectDir))
                }
            case "networks": s.networks = try networks(value, p)
            case "network_mode": s.networkMode = try reader.string(value, p)
            case "depends_on": s.dependsOn = try dependencies(value, p)
            case "healthcheck": s.healthcheck = try healthcheck(value, p)
            case "restart":
                let r = try reader.string(value, p)
                guard ["no", "always", "unless-stopped", "on-failure"].contains(r.split(separator: ":").first.map(String.init) ?? "") else {
                    throw reader.fail(p, "invalid restart policy \"\(r)\"")
                }
                s.restart = r
            case "container_name": s.containerName = try reader.string(value, p)
            case "hostname": s.hostname = try reader.string(value, p)
            case "user": s.user = try reader.string(value, p)
            case "working_dir": s.workingDir = try reader.string(value, p)
            case "labels": for (k, v) in try reader.keyValues(value, p) { s.labels[k] = v ?? "" }
            case "init": s.initProcess = try reader.bool(value, p)
            case "read_only": s.readOnly = try reader.bool(value, p)
            case "tmpfs": s.tmpfs = try reader.strings(value, p, single: true)
            case "cap_add": s.capAdd = try reader.strings(value, p)
            case "cap_drop": s.capDrop = try reader.strings(value, p)
            case "privileged": s.privileged = try reader.bool(value, p)
            case "security_opt": s.securityOpt = try reader.strings(value, p)
            case "stop_signal": s.stopSignal = try reader.string(value, p)
            case "stop_grace_period": s.stopGracePeriod = try duration(value, p)
            case "stdin_open": s.stdinOpen = try reader.bool(value, p)
            case "tty": s.tty = try reader.bool(value, p)
            case "profiles": s.profiles = try reader.strings(value, p)
            case "extra_hosts":
                for (k, v) in try reader.keyValues(value, p) { s.extraHosts.append(k + ":" + (v ?? "")) }
                s.extraHosts.sort()
            case "dns": s.dns = try reader.strings(value, p, single: true)
            case "sysctls": for (k, v) in try reader.keyValues(value, p) { s.sysctls[k] = v ?? "" }
            case "ulimits":
                for (k, v) in try reader.map(value, p).entries {
                    if case .mapping = v {
                        let lim = try reader.map(v, join(p, k), allowed: ["soft", "hard"])
                        guard let soft = lim["soft"], let hard = lim["hard"] else { throw reader.fail(join(p, k), "needs soft and hard") }
                        s.ulimits[k] = "\(try reader.int(soft, join(join(p, k), "soft"))):\(try reader.int(hard, join(join(p, k), "hard")))"
                    } else {
                        s.ulimits[k] = String(try reader.int(v, join(p, k)))
                    }
                }
            case "scale":
                s.scale = try reader.int(value, p)
                if s.scale < 0 { throw reader.fail(p, "must be 0 or more") }
            case "extends":
                // Resolved before typing (Extends); here only its shape.
                if case .mapping = value { _ = try reader.map(value, p, allowed: ["service", "file"]) } else { _ = try reader.string(value, p) }
            case "pull_policy":
                let v = try reader.string(value, p)
                guard ["always", "never", "missing", "if_not_present", "build", "daily", "weekly"].contains(v) else {
                    throw reader.fail(p, "invalid pull policy \"\(v)\"")
                }
            default: break
            }
        }
        // Named without a value: taken from the environment, as compose does.
        for (k, v) in s.environment where v == nil { if let host = environment[k] { s.environment[k] = host } }
        return s
    }

    private func build(_ node: ComposeNode, _ path: String) throws(HullError) -> ComposeBuild {
        if case .scalar(let context, _) = node { return ComposeBuild(context: MountSyntax.absolute(context, projectDir)) }
        let m = try reader.map(node, path, allowed: ["context", "dockerfile", "dockerfile_inline", "args", "target", "labels",
                                                     "secrets", "ssh", "cache_from", "cache_to", "network", "shm_size",
                                                     "extra_hosts", "isolation", "no_cache", "pull", "platforms", "tags",
                                                     "additional_contexts", "privileged", "ulimits", "entitlements"])
        for key in ["secrets", "ssh", "cache_to", "additional_contexts", "platforms", "tags", "entitlements"] where m[key] != nil {
            throw reader.fail(join(path, key), "not supported by hull yet")
        }
        var b = ComposeBuild(context: MountSyntax.absolute(try reader.optionalString(m["context"], join(path, "context")) ?? ".", projectDir))
        b.dockerfile = try reader.optionalString(m["dockerfile"], join(path, "dockerfile"))
        b.dockerfileInline = try reader.optionalString(m["dockerfile_inline"], join(path, "dockerfile_inline"))
        b.target = try reader.optionalString(m["target"], join(path, "target"))
        if let a = m["args"] {
            for (k, v) in try reader.keyValues(a, join(path, "args")) {
                if let v { b.args[k] = v } else if let host = environment[k] { b.args[k] = host }
            }
        }
        if let l = m["labels"] { for (k, v) in try reader.keyValues(l, join(path, "labels")) { b.labels[k] = v ?? "" } }
        return b
    }

    private func envFiles(_ node: ComposeNode, _ path: String) throws(HullError) -> [(String, String)] {
        var entries: [(path: String, required: Bool)] = []
        if case .scalar(let s, _) = node { entries = [(s, true)] } else {
            guard case .sequence(let items) = node else { throw reader.fail(path, "must be a string or a list") }
            for (i, item) in items.enumerated() {
                let p = "\(path)[\(i)]"
                if case .mapping = item {
                    let m = try reader.map(item, p, allowed: ["path", "required", "format"])
                    guard let file = m["path"] else { throw reader.fail(p, "path is required") }
                    entries.append((try reader.string(file, join(p, "path")), try m["required"].map { (n) throws(HullError) in try reader.bool(n, join(p, "required")) } ?? true))
                } else {
                    entries.append((try reader.string(item, p), true))
                }
            }
        }
        var out: [(String, String)] = []
        for entry in entries {
            let full = entry.path.hasPrefix("/") ? entry.path : projectDir + "/" + entry.path
            if !FileManager.default.fileExists(atPath: full) {
                if entry.required { throw reader.fail(path, "env file \(full) not found") }
                continue
            }
            // Later files win: compose reads them in order.
            for (k, v) in try ComposeEnvFile.read(full) {
                out.removeAll { $0.0 == k }
                out.append((k, v))
            }
        }
        return out
    }

    private func networks(_ node: ComposeNode, _ path: String) throws(HullError) -> [String: ComposeNetworkAttachment] {
        var out: [String: ComposeNetworkAttachment] = [:]
        if case .sequence = node {
            for n in try reader.strings(node, path) { out[n] = ComposeNetworkAttachment() }
            return out
        }
        for (k, v) in try reader.map(node, path).entries {
            var a = ComposeNetworkAttachment()
            if v != .null {
                let m = try reader.map(v, join(path, k), allowed: ["aliases", "ipv4_address", "ipv6_address", "priority",
                                                                   "link_local_ips", "mac_address", "driver_opts", "gw_priority", "interface_name"])
                if let al = m["aliases"] { a.aliases = try reader.strings(al, join(join(path, k), "aliases")) }
                a.ipv4Address = try reader.optionalString(m["ipv4_address"], join(join(path, k), "ipv4_address"))
            }
            out[k] = a
        }
        return out
    }

    private func dependencies(_ node: ComposeNode, _ path: String) throws(HullError) -> [String: ComposeDependency] {
        var out: [String: ComposeDependency] = [:]
        if case .sequence = node {
            for n in try reader.strings(node, path) { out[n] = ComposeDependency() }
            return out
        }
        for (k, v) in try reader.map(node, path).entries {
            let p = join(path, k)
            var d = ComposeDependency()
            if v != .null {
                let m = try reader.map(v, p, allowed: ["condition", "required", "restart"])
                if let c = m["condition"] {
                    d.condition = try reader.string(c, join(p, "condition"))
                    guard ["service_started", "service_healthy", "service_completed_successfully"].contains(d.condition) else {
                        throw reader.fail(join(p, "condition"), "invalid condition \"\(d.condition)\"")
                    }
                }
                if let r = m["required"] { d.required = try reader.bool(r, join(p, "required")) }
                if let r = m["restart"] { d.restart = try reader.bool(r, join(p, "restart")) }
            }
            out[k] = d
        }
        return out
    }

    private func healthcheck(_ node: ComposeNode, _ path: String) throws(HullError) -> ComposeHealthcheck {
        let m = try reader.map(node, path, allowed: ["test", "interval", "timeout", "retries", "start_period", "start_interval", "disable"])
        var h = ComposeHealthcheck()
        if let t = m["test"] {
            if case .scalar(let s, _) = t { h.test = ["CMD-SHELL", s] } else { h.test = try reader.strings(t, join(path, "test")) }
            if let first = h.test?.first, !["CMD", "CMD-SHELL", "NONE"].contains(first) {
                throw reader.fail(join(path, "test"), "must start with CMD, CMD-SHELL or NONE")
            }
        }
        if let v = m["interval"] { h.interval = try duration(v, join(path, "interval")) }
        if let v = m["timeout"] { h.timeout = try duration(v, join(path, "timeout")) }
        if let v = m["start_period"] { h.startPeriod = try duration(v, join(path, "start_period")) }
        if let v = m["start_interval"] { h.startInterval = try duration(v, join(path, "start_interval")) }
        if let v = m["retries"] { h.retries = try reader.int(v, join(path, "retries")) }
        if let v = m["disable"] { h.disable = try reader.bool(v, join(path, "disable")) }
        return h
    }

    /// Go durations as compose writes them: `1m30s`, `10s`, `500ms`.
    private func duration(_ node: ComposeNode, _ path: String) throws(HullError) -> String {
        let s = try reader.string(node, path)
        var rest = Substring(s)
        guard !rest.isEmpty else { throw reader.fail(path, "invalid duration \"\(s)\"") }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isNumber || $0 == "." }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix { $0.isLetter || $0 == "µ" }
            rest = rest.dropFirst(unit.count)
            guard !digits.isEmpty, ["ns", "us", "µs", "ms", "s", "m", "h"].contains(String(unit)) else {
                throw reader.fail(path, "invalid duration \"\(s)\"")
            }
        }
        return s
    }
}
