import HullEngine

/// `ports:` entries: short `[[IP:]HOST:]CONTAINER[/PROTO]` (ranges allowed)
/// or the long mapping form.
enum PortSyntax {
    static func parse(_ node: ComposeNode, reader: NodeReader, path: String) throws(HullError) -> [ComposePort] {
        if case .mapping = node {
            let m = try reader.map(node, path, allowed: ["target", "published", "host_ip", "protocol", "mode", "name", "app_protocol"])
            guard let t = m["target"] else { throw reader.fail(path, "target is required") }
            var p = ComposePort(target: try reader.string(t, join(path, "target")))
            guard isPortOrRange(p.target) else { throw reader.fail(join(path, "target"), "invalid port \"\(p.target)\"") }
            p.published = try reader.optionalString(m["published"], join(path, "published"))
            if let pub = p.published, !isPortOrRange(pub) { throw reader.fail(join(path, "published"), "invalid port \"\(pub)\"") }
            p.hostIP = try reader.optionalString(m["host_ip"], join(path, "host_ip"))
            p.proto = try reader.optionalString(m["protocol"], join(path, "protocol")) ?? "tcp"
            p.mode = try reader.optionalString(m["mode"], join(path, "mode")) ?? "ingress"
            guard ["tcp", "udp", "sctp"].contains(p.proto) else { throw reader.fail(join(path, "protocol"), "invalid protocol \"\(p.proto)\"") }
            return [p]
        }
        let text = try reader.string(node, path)
        guard let ports = short(text) else { throw reader.fail(path, "invalid port \"\(text)\"") }
        return ports
    }

    /// nil when the text is not a port mapping.
    static func short(_ text: String) -> [ComposePort]? {
        var rest = Substring(text)
        var proto = "tcp"
        if let slash = rest.lastIndex(of: "/") {
            proto = String(rest[rest.index(after: slash)...])
            rest = rest[..<slash]
            guard ["tcp", "udp", "sctp"].contains(proto) else { return nil }
        }
        var hostIP: String?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]"), rest[rest.index(after: close)...].hasPrefix(":") else { return nil }
            hostIP = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(close, offsetBy: 2)...]
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var published: String?
        let target: String
        switch parts.count {
        case 1: target = parts[0]
        case 2: published = parts[0]; target = parts[1]
        case 3 where hostIP == nil:
            guard isIPv4(parts[0]) else { return nil }
            hostIP = parts[0]; published = parts[1]; target = parts[2]
        default: return nil
        }
        if published == "" { published = nil }
        guard isPortOrRange(target), published.map(isPortOrRange) ?? true else { return nil }
        let targets = expand(target), publisheds = published.map(expand)
        // `8000-8001:80` lets the engine choose among host ports; equal
        // ranges pair up one to one.
        if let publisheds, targets.count > 1 {
            guard publisheds.count == targets.count else { return nil }
            return zip(publisheds, targets).map { ComposePort(target: $1, published: $0, hostIP: hostIP, proto: proto) }
        }
        return targets.map { ComposePort(target: $0, published: published, hostIP: hostIP, proto: proto) }
    }

    static func isPortOrRange(_ s: String) -> Bool {
        let bounds = s.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count <= 2, bounds.allSatisfy({ UInt16($0).map { $0 > 0 } ?? false }) else { return false }
        return bounds.count == 1 || UInt16(bounds[0])! <= UInt16(bounds[1])!
    }

    private static func expand(_ s: String) -> [String] {
        let b = s.split(separator: "-").compactMap { Int($0) }
        guard b.count == 2 else { return [s] }
        return (b[0]...b[1]).map(String.init)
    }

    static func isIPv4(_ s: String) -> Bool {
        let octets = s.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { UInt8($0) != nil }
    }
}
