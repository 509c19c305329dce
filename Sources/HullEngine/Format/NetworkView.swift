#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Networks and published ports as Podman prints them.
public enum NetworkView {
    static func labels(_ n: NetworkRecord) -> TemplateValue {
        .map((n.labels ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    static func subnets(_ n: NetworkRecord, goNames: Bool) -> TemplateValue {
        .list(n.subnets.map { .map([(goNames ? "Subnet" : "subnet", .string($0.subnet.description)),
                                    (goNames ? "Gateway" : "gateway", .string($0.gateway.description))]) })
    }

    /// A row of `network ls`, with Go's field names for templates.
    public static func row(_ n: NetworkRecord, truncate: Bool) -> TemplateValue {
        .map([
            ("ID", .string(truncate ? String(n.id.prefix(12)) : n.id)),
            ("Name", .string(n.name)),
            ("Driver", .string(n.driver)),
            ("NetworkInterface", .string(n.networkInterface)),
            ("Created", .string(Timestamp.rfc3339Nano(n.created))),
            ("Subnets", subnets(n, goNames: true)),
            ("IPv6Enabled", .bool(n.ipv6Enabled)),
            ("Internal", .bool(n.internal)),
            ("DNSEnabled", .bool(n.dnsEnabled)),
            ("Labels", labels(n)),
            ("IPAMOptions", .map((n.ipamOptions ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }

    /// `network inspect` and `network ls --format json`: netavark's JSON keys.
    public static func json(_ n: NetworkRecord) -> TemplateValue {
        var fields: [(String, TemplateValue)] = [
            ("name", .string(n.name)),
            ("id", .string(n.id)),
            ("driver", .string(n.driver)),
            ("network_interface", .string(n.networkInterface)),
            ("created", .string(Timestamp.rfc3339Nano(n.created))),
            ("subnets", subnets(n, goNames: false)),
            ("ipv6_enabled", .bool(n.ipv6Enabled)),
            ("internal", .bool(n.internal)),
            ("dns_enabled", .bool(n.dnsEnabled)),
        ]
        if let l = n.labels, !l.isEmpty { fields.append(("labels", labels(n))) }
        fields.append(("ipam_options", .map((n.ipamOptions ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        return .map(fields)
    }

    /// "0.0.0.0:8080->80/tcp, 127.0.0.1:53->53/udp" (ps's PORTS column).
    /// Consecutive ports (both sides one up, same address and protocol)
    /// are shown as one range, as Podman shows `-p 8080-8081:80-81`.
    public static func portsSummary(_ ports: [PortMapping]) -> String {
        var runs: [(first: PortMapping, count: Int)] = []
        for p in ports {
            if let last = runs.last, last.first.hostIP == p.hostIP, last.first.proto == p.proto,
               Int(last.first.hostPort) + last.count == Int(p.hostPort),
               Int(last.first.containerPort) + last.count == Int(p.containerPort) {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((p, 1))
            }
        }
        return runs.map { run in
            let p = run.first
            let ip = p.hostIP.isEmpty ? "0.0.0.0" : p.hostIP
            if run.count == 1 { return "\(ip):\(p.hostPort)->\(p.containerPort)/\(p.proto)" }
            let span = run.count - 1
            return "\(ip):\(p.hostPort)-\(Int(p.hostPort) + span)->\(p.containerPort)-\(Int(p.containerPort) + span)/\(p.proto)"
        }.joined(separator: ", ")
    }

    /// Podman's PortBindings / NetworkSettings.Ports map.
    public static func portBindings(_ ports: [PortMapping]) -> TemplateValue {
        var keys: [String] = []
        var byKey: [String: [TemplateValue]] = [:]
        for p in ports {
            if byKey[p.containerKey] == nil { keys.append(p.containerKey) }
            byKey[p.containerKey, default: []].append(.map([("HostIp", .string(p.hostIP)), ("HostPort", .string(String(p.hostPort)))]))
        }
        return .map(keys.map { ($0, .list(byKey[$0] ?? [])) })
    }

    /// The container's addresses for inspect's NetworkSettings.
    public static func settings(_ c: Container, attachments: [(NetworkRecord, Lease)]) -> TemplateValue {
        let spec = c.config.networking
        let first = attachments.first
        var networks: [(String, TemplateValue)] = []
        for name in spec?.networks ?? [] {
            let a = attachments.first { $0.0.name == name }
            networks.append((name, .map([
                ("EndpointID", .string("")),
                ("Gateway", .string(a?.0.gateway.description ?? "")),
                ("IPAddress", .string(a?.1.ip.description ?? "")),
                ("IPPrefixLen", .int(Int64(a?.0.subnet.prefixLength ?? 0))),
                ("MacAddress", .string(a?.1.mac ?? "")),
                ("NetworkID", .string(name)),
                ("Aliases", .list((spec?.aliases[name] ?? []).map { .string($0) })),
            ])))
        }
        // slirp4netns's fixed addresses, while it runs (as Podman shows them).
        let slirp = spec?.mode == .slirp4netns && c.state.pid > 0
        let ip = slirp ? SlirpNetwork.address.description : first?.1.ip.description ?? ""
        let gateway = slirp ? SlirpNetwork.gateway.description : first?.0.gateway.description ?? ""
        let prefix = slirp ? 24 : first?.0.subnet.prefixLength ?? 0
        return .map([
            ("Bridge", .string(first?.0.networkInterface ?? "")),
            ("SandboxKey", .string(c.state.pid > 0 && spec?.mode != .host ? "/proc/\(c.state.pid)/ns/net" : "")),
            ("Ports", portBindings(spec?.ports ?? [])),
            ("Gateway", .string(gateway)),
            ("IPAddress", .string(ip)),
            ("IPPrefixLen", .int(Int64(prefix))),
            ("MacAddress", .string(first?.1.mac ?? "")),
            ("Networks", .map(networks)),
        ])
    }
}

extension ContainerNetworking {
    /// The container's current leases, network by network.
    public func attachments(_ id: String) -> [(NetworkRecord, Lease)] {
        store.list().flatMap { n in store.leases(n.name).filter { $0.containerID == id && $0.isLive }.map { (n, $0) } }
    }
}
