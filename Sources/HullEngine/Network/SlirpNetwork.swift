import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `--network slirp4netns[:OPTS]`: slirp4netns gives the container's own
/// network namespace a tap device with user-mode NAT (10.0.2.0/24: the
/// container is 10.0.2.100, the host 10.0.2.2, DNS 10.0.2.3), as Podman's
/// rootless network before pasta. Started by the process that owns the
/// container (hull, or the monitor with -d) once the namespace exists and
/// before the command runs; published ports go through its API socket.
/// It ends when that owner closes the exit fd (also when the owner dies),
/// or by its recorded pid when the container is removed.
public enum SlirpNetwork {
    public static let address = IPv4Address("10.0.2.100")!
    public static let gateway = IPv4Address("10.0.2.2")!
    public static let dns = "10.0.2.3"

    public static var path: String? { HelperBinaries.find("slirp4netns") }

    /// The options after `slirp4netns:`, those of Podman hull supports.
    public struct Options: Codable, Equatable, Sendable {
        public var allowHostLoopback = false
        public var mtu = 65520
        public var enableIPv6 = false
        /// `cidr=`: the network instead of 10.0.2.0/24 (the container, host
        /// and DNS keep their .100, .2 and .3 in it).
        public var cidr: IPv4Subnet?
        /// `outbound_addr=`: the host address (or interface) connections leave from.
        public var outboundAddr: String?

        public init() {}

        public var address: IPv4Address { cidr.map { IPv4Address($0.network.value + 100) } ?? SlirpNetwork.address }
        public var gateway: IPv4Address { cidr.map { IPv4Address($0.network.value + 2) } ?? SlirpNetwork.gateway }
        public var dns: String { cidr.map { IPv4Address($0.network.value + 3).description } ?? SlirpNetwork.dns }

        public static func parse(_ text: String) throws(HullError) -> Options {
            var o = Options()
            for item in text.split(separator: ",", omittingEmptySubsequences: false) {
                let kv = item.split(separator: "=", maxSplits: 1).map(String.init)
                let key = kv.first ?? ""
                let value = kv.count == 2 ? kv[1] : ""
                func bool() throws(HullError) -> Bool {
                    guard value == "true" || value == "false" else {
                        throw HullError(.failure, "invalid slirp4netns option \"\(item)\": \(key) must be true or false")
                    }
                    return value == "true"
                }
                switch key {
                case "allow_host_loopback": o.allowHostLoopback = try bool()
                case "enable_ipv6": o.enableIPv6 = try bool()
                case "mtu":
                    guard let n = Int(value), (68...65521).contains(n) else {
                        throw HullError(.failure, "invalid slirp4netns option \"\(item)\": mtu must be a number from 68 to 65521")
                    }
                    o.mtu = n
                case "cidr":
                    // slirp4netns wants room for .100 and a network address.
                    guard let subnet = IPv4Subnet(value), subnet.prefixLength <= 25,
                          subnet.network.value & ~subnet.mask == 0 else {
                        throw HullError(.failure, "invalid slirp4netns option \"\(item)\": cidr must be an IPv4 network of /25 or larger, such as 10.0.3.0/24")
                    }
                    o.cidr = subnet
                case "outbound_addr":
                    guard !value.isEmpty else {
                        throw HullError(.failure, "invalid slirp4netns option \"\(item)\": outbound_addr needs an address or an interface")
                    }
                    o.outboundAddr = value
                case "port_handler":
                    guard value == "slirp4netns" else {
                        throw HullError(.failure, "invalid slirp4netns option \"\(item)\": hull supports only port_handler=slirp4netns")
                    }
                default:
                    throw HullError(.failure, "unknown slirp4netns option \"\(item)\": supported are allow_host_loopback, cidr, enable_ipv6, mtu, outbound_addr and port_handler")
                }
            }
            return o
        }
    }

    /// slirp4netns's command line: fd 3 reports readiness, its end of
    /// the pipe on fd 4 ends it when closed.
    static func arguments(pid: Int32, options: Options, apiSocket: String?) -> [String] {
        var args = ["slirp4netns", "--configure", "--mtu=\(options.mtu)", "--ready-fd=3", "--exit-fd=4"]
        if !options.allowHostLoopback { args.append("--disable-host-loopback") }
        if options.enableIPv6 { args.append("--enable-ipv6") }
        if let cidr = options.cidr { args.append("--cidr=\(cidr)") }
        if let outbound = options.outboundAddr { args.append("--outbound-addr=" + outbound) }
        if let apiSocket { args.append("--api-socket=" + apiSocket) }
        // PID: its user and network namespaces (the child is dumpable
        // until released, so slirp4netns as the same user may join them).
        args += ["\(pid)", "tap0"]
        return args
    }

    struct Record: HelperRecord {
        var pid: Int32
        var startTime: UInt64?
        var apiSocket: String?
    }

    /// Closing its exit fd ends it; the owner reaps it.
    static func helper(_ runDir: String) -> HelperProcess<Record> { HelperProcess(runDir: runDir, name: "slirp4netns") }

    /// The API socket: in the run dir when its path fits a socket address.
    static func apiSocketPath(runDir: String, id: String) -> String {
        let inRun = runDir + "/slirp4netns.sock"
        return inRun.utf8.count < 108 ? inRun : "/tmp/hull-slirp4netns-\(getuid())-\(id.prefix(16)).sock"
    }

    /// Starts slirp4netns for `pid`'s namespaces and returns once the tap
    /// device is configured and every port is forwarded.
    static func start(pid: Int32, ports: [PortMapping], options: Options, runDir: String, id: String) throws(HullError) {
        guard let path else {
            throw HullError(.failure, "--network slirp4netns needs slirp4netns: install the slirp4netns package (apt-get install slirp4netns)")
        }
        if access("/dev/net/tun", R_OK | W_OK) != 0 {
            throw HullError(.failure, "--network slirp4netns needs read and write access to /dev/net/tun, which this user lacks (ls -l /dev/net/tun; use --network none or host)")
        }
        let socket = ports.isEmpty ? nil : apiSocketPath(runDir: runDir, id: id)
        if let socket { unlink(socket) }
        var ready: [Int32] = [-1, -1]
        var exit: [Int32] = [-1, -1]
        guard hull_pipe_cloexec(&ready) == 0 else { throw HullError(.failure, "starting slirp4netns: pipe: \(String(cString: strerror(errno)))") }
        guard hull_pipe_cloexec(&exit) == 0 else {
            close(ready[0]); close(ready[1])
            throw HullError(.failure, "starting slirp4netns: pipe: \(String(cString: strerror(errno)))")
        }
        let daemon: pid_t
        do {
            daemon = try DetachedProcess.spawn(path: path, argv: arguments(pid: pid, options: options, apiSocket: socket),
                                               env: ["PATH=/usr/bin:/bin"], reportFD: ready[1], extraFD: exit[0])
        } catch {
            [ready[0], ready[1], exit[0], exit[1]].forEach { close($0) }
            throw HullError(.failure, "starting slirp4netns: \(error)", cause: error)
        }
        close(ready[1])
        close(exit[0])
        helper(runDir).own(pid: daemon, exitFD: exit[1])
        let isReady = waitReady(ready[0])
        close(ready[0])
        func fail(_ why: String) -> HullError {
            stop(runDir: runDir)
            return HullError(.failure, "starting slirp4netns: \(why)")
        }
        guard isReady else { throw fail("it exited before configuring the network (is /dev/net/tun usable in the container's namespace?)") }
        do {
            try helper(runDir).record(Record(pid: daemon, startTime: ProcessTable.startTime(of: daemon), apiSocket: socket))
        } catch {
            throw fail(error.message)
        }
        if let socket {
            for p in ports {
                let reply = call(socket, hostfwdRequest(p, guest: options.address))
                guard reply.contains("\"return\"") else {
                    throw fail("publishing port \(p.hostPort)/\(p.proto): \(errorText(reply))")
                }
            }
        }
    }

    /// The API request forwarding a published port to the container.
    static func hostfwdRequest(_ p: PortMapping, guest: IPv4Address = address) -> String {
        let host = p.hostIP.isEmpty ? "0.0.0.0" : p.hostIP
        return "{\"execute\":\"add_hostfwd\",\"arguments\":{\"proto\":\"\(p.proto)\",\"host_addr\":\"\(host)\","
            + "\"host_port\":\(p.hostPort),\"guest_addr\":\"\(guest)\",\"guest_port\":\(p.containerPort)}}"
    }

    /// slirp4netns writes "1" to the ready fd once configured; EOF means it
    /// exited. Bounded, so a wedged slirp4netns cannot hang the start.
    private static func waitReady(_ fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        var rc: Int32
        repeat { rc = poll(&p, 1, 30_000) } while rc < 0 && errno == EINTR
        guard rc > 0 else { return false }
        var byte: UInt8 = 0
        return read(fd, &byte, 1) == 1
    }

    /// One request on the API socket; its reply, or why there is none.
    static func call(_ path: String, _ request: String) -> String {
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return "socket: \(String(cString: strerror(errno)))" }
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &addr.sun_path) { buf in
            for (i, b) in bytes.prefix(buf.count - 1).enumerated() { buf[i] = b }
        }
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { return "connecting to \(path): \(String(cString: strerror(errno)))" }
        let out = Array(request.utf8)
        guard out.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == out.count else {
            return "writing to \(path): \(String(cString: strerror(errno)))"
        }
        // The request ends where the stream does.
        shutdown(fd, Int32(SHUT_WR))
        var reply: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            reply += buf[0..<n]
        }
        return String(decoding: reply, as: UTF8.self)
    }

    /// The "desc" of an error reply, else the reply itself.
    static func errorText(_ reply: String) -> String {
        let parts = reply.split(separator: "\"desc\":", maxSplits: 1)
        guard parts.count == 2 else { return reply.isEmpty ? "no reply" : reply }
        let rest = parts[1].drop { $0 == " " || $0 == "\"" }
        return String(rest.prefix { $0 != "\"" })
    }

    /// Stops the container's slirp4netns (see `HelperProcess`). Safe to repeat.
    static func stop(runDir: String) {
        if let socket = helper(runDir).stop()?.apiSocket { unlink(socket) }
    }
}
