import HullLinux

/// A network's nftables table (`ip hull_<bridge>`): masquerade for its
/// subnet and the DNAT maps of published ports. hull adds and deletes only
/// this table and its elements, never another table's rules.
enum NetworkFirewall {
    static func tableScript(_ n: NetworkRecord) -> String {
        let t = n.firewallTable, s = n.subnet.description, br = n.networkInterface
        // --internal: containers reach each other and the host, nothing beyond.
        let masquerade = n.internal ? "" : "ip saddr \(s) ip daddr != \(s) masquerade"
        return """
        table ip \(t)
        delete table ip \(t)
        table ip \(t) {
          map ports { type inet_proto . inet_service : ipv4_addr . inet_service; }
          map hostports { type ipv4_addr . inet_proto . inet_service : ipv4_addr . inet_service; }
          chain prerouting { type nat hook prerouting priority dstnat; policy accept; fib daddr type local jump published; }
          chain output { type nat hook output priority -100; policy accept; fib daddr type local jump published; }
          chain published {
            meta l4proto { tcp, udp } dnat ip to ip daddr . meta l4proto . th dport map @hostports
            meta l4proto { tcp, udp } dnat ip to meta l4proto . th dport map @ports
          }
          chain postrouting { type nat hook postrouting priority srcnat; policy accept;
            \(masquerade)
            oifname "\(br)" ip saddr 127.0.0.0/8 masquerade
            oifname "\(br)" ct status dnat ip saddr \(s) ip daddr \(s) masquerade
          }
          chain forward { type filter hook forward priority filter; policy accept;
            ip daddr \(s) accept
            ip saddr \(s) accept
          }
        }

        """
    }

    static func install(_ n: NetworkRecord) throws(HullError) {
        do {
            try Nftables.run(tableScript(n))
        } catch {
            throw HullError(.failure, "setting up nftables for network \(n.name): \(error)", cause: error)
        }
    }

    static func removeTable(_ n: NetworkRecord) {
        try? Nftables.run("table ip \(n.firewallTable)\ndelete table ip \(n.firewallTable)\n")
    }

    static func element(_ p: PortMapping, in n: NetworkRecord, withTarget target: IPv4Address?) -> String {
        let key = p.hostIP.isEmpty ? "\(p.proto) . \(p.hostPort)" : "\(p.hostIP) . \(p.proto) . \(p.hostPort)"
        let map = p.hostIP.isEmpty ? "ports" : "hostports"
        let value = target.map { " : \($0) . \(p.containerPort)" } ?? ""
        return "element ip \(n.firewallTable) \(map) { \(key)\(value) }"
    }

    /// One transaction: all of a container's ports or none. `create` fails
    /// on a host port another container (of any hull store) publishes.
    static func publish(_ ports: [PortMapping], to ip: IPv4Address, on n: NetworkRecord) throws(HullError) {
        guard !ports.isEmpty else { return }
        let script = ports.map { "create " + element($0, in: n, withTarget: ip) }.joined(separator: "\n") + "\n"
        var failure: Nftables.Failure?
        do { try Nftables.run(script) } catch { failure = error }
        if let f = failure, f.message.contains("No such file or directory") {
            // The table went away under a live bridge (a flushed ruleset,
            // a firewall reload): make it again.
            try install(n)
            failure = nil
            do { try Nftables.run(script) } catch { failure = error }
        }
        guard let failure else { return }
        if failure.message.contains("File exists") {
            throw HullError(.failure, "cannot publish \(ports.map { "\($0.hostPort)/\($0.proto)" }.joined(separator: ", ")): a host port is already published by another container")
        }
        throw HullError(.failure, "publishing ports: \(failure)")
    }

    /// One by one: an element already gone must not keep the others.
    static func unpublish(_ ports: [PortMapping], on n: NetworkRecord) {
        for p in ports { try? Nftables.run("delete " + element(p, in: n, withTarget: nil) + "\n") }
    }
}
