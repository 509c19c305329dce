#if canImport(Glibc)
import Glibc
#endif

/// One published port (`-p [ip:][host:]ctr[/proto]`), ranges expanded
/// into one mapping per port.
public struct PortMapping: Codable, Equatable, Hashable, Sendable {
    /// "" publishes on every host address.
    public var hostIP: String
    public var hostPort: UInt16
    public var containerPort: UInt16
    public var proto: String

    public init(hostIP: String, hostPort: UInt16, containerPort: UInt16, proto: String) {
        self.hostIP = hostIP; self.hostPort = hostPort; self.containerPort = containerPort; self.proto = proto
    }

    /// Parses a `-p` value. Host port 0 means "pick a free one at create".
    public static func parse(_ text: String) throws(HullError) -> [PortMapping] {
        func bad(_ why: String) -> HullError { HullError(.failure, "invalid port mapping \"\(text)\": \(why)") }
        var spec = Substring(text)
        var proto = "tcp"
        if let slash = spec.lastIndex(of: "/") {
            proto = String(spec[spec.index(after: slash)...]).lowercased()
            spec = spec[..<slash]
            guard proto == "tcp" || proto == "udp" else { throw bad("protocol must be tcp or udp") }
        }
        if spec.hasPrefix("[") { throw bad("IPv6 host addresses are not supported") }
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let ip: String, host: String, ctr: String
        switch parts.count {
        case 1: (ip, host, ctr) = ("", "", parts[0])
        case 2: (ip, host, ctr) = ("", parts[0], parts[1])
        case 3: (ip, host, ctr) = (parts[0], parts[1], parts[2])
        default: throw bad("expected [ip:][hostPort:]containerPort[/protocol]")
        }
        if !ip.isEmpty && ip != "0.0.0.0" && IPv4Address(ip) == nil { throw bad("\"\(ip)\" is not an IPv4 address") }
        guard let ctrRange = range(ctr) else { throw bad("\"\(ctr)\" is not a port or port range (1-65535)") }
        var hostRange: ClosedRange<Int>?
        if !host.isEmpty {
            guard let r = range(host) else { throw bad("\"\(host)\" is not a port or port range (1-65535)") }
            guard r.count == ctrRange.count else {
                throw HullError(.failure, "host and container port ranges have different lengths: \(r.count) vs \(ctrRange.count)")
            }
            hostRange = r
        }
        let hostIP = ip == "0.0.0.0" ? "" : ip
        return ctrRange.enumerated().map { i, c in
            PortMapping(hostIP: hostIP, hostPort: UInt16(hostRange.map { $0.lowerBound + i } ?? 0),
                        containerPort: UInt16(c), proto: proto)
        }
    }

    static func range(_ text: String) -> ClosedRange<Int>? {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 1 || ends.count == 2 else { return nil }
        let nums = ends.compactMap { $0.allSatisfy({ $0.isASCII && $0.isNumber }) && !$0.isEmpty ? Int($0) : nil }
        guard nums.count == ends.count, nums.allSatisfy({ (1...65535).contains($0) }), nums.first! <= nums.last! else { return nil }
        return nums.first!...nums.last!
    }

    /// "80/tcp": the key of Podman's PortBindings and of ExposedPorts.
    public var containerKey: String { "\(containerPort)/\(proto)" }

    /// Fails when a host process already holds the port: the DNAT rule would
    /// silently steal its traffic otherwise.
    public func checkHostPortFree() throws(HullError) {
        let fd = socket(AF_INET, (proto == "udp" ? Int32(SOCK_DGRAM.rawValue) : Int32(SOCK_STREAM.rawValue)) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = hostPort.bigEndian
        addr.sin_addr.s_addr = (IPv4Address(hostIP)?.value ?? 0).bigEndian
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc != 0 else { return }
        let address = "\(hostIP.isEmpty ? "0.0.0.0" : hostIP):\(hostPort)"
        switch errno {
        case EADDRINUSE:
            throw HullError(.failure, "cannot publish port \(hostPort)/\(proto): \(address): bind: address already in use")
        case EADDRNOTAVAIL:
            throw HullError(.failure, "cannot publish port \(hostPort)/\(proto): \(address): bind: cannot assign requested address")
        default:
            return  // e.g. EACCES for a low port without the capability: not hull's question
        }
    }

    /// A host port no socket uses now, from the kernel's ephemeral range.
    static func freeHostPort(proto: String, hostIP: String, avoiding taken: Set<UInt16>) throws(HullError) -> UInt16 {
        for _ in 0..<64 {
            let fd = socket(AF_INET, (proto == "udp" ? Int32(SOCK_DGRAM.rawValue) : Int32(SOCK_STREAM.rawValue)) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { break }
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = (IPv4Address(hostIP)?.value ?? 0).bigEndian
            var len = socklen_t(MemoryLayout<sockaddr_in>.size)
            let ok = withUnsafeMutablePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0
                }
            }
            close(fd)
            let port = UInt16(bigEndian: addr.sin_port)
            if ok && port != 0 && !taken.contains(port) { return port }
        }
        throw HullError(.failure, "no free host port for \(proto)")
    }
}
