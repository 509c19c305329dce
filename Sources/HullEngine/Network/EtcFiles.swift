import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// /etc/hosts and /etc/resolv.conf as a container sees them.
enum EtcFiles {
    static let localhost = """
        127.0.0.1\tlocalhost localhost.localdomain localhost4 localhost4.localdomain4
        ::1\tlocalhost localhost.localdomain localhost6 localhost6.localdomain6

        """

    /// The part of a container's hosts file that does not change while it
    /// runs: localhost, --add-host, its own names, the host's gateway name.
    static func hostsBase(hostname: String, name: String, ownIP: IPv4Address?, aliases: [String],
                          gateway: IPv4Address?, addHosts: [String]) -> String {
        var s = localhost
        for h in addHosts {
            let kv = h.split(separator: ":", maxSplits: 1).map(String.init)
            if kv.count == 2 { s += "\(kv[1])\t\(kv[0])\n" }
        }
        let names = uniq([hostname, name] + aliases)
        s += "\(ownIP?.description ?? "127.0.1.1")\t\(names.joined(separator: " "))\n"
        if let gateway { s += "\(gateway)\thost.containers.internal host.hull.internal\n" }
        return s
    }

    /// The peers a container resolves by name: the others on its networks.
    static func peerLines(_ peers: [Lease]) -> String {
        peers.map { "\($0.ip)\t\(uniq([$0.name] + $0.aliases + [$0.hostname]).joined(separator: " "))\n" }.joined()
    }

    static func uniq(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The host's resolv.conf without loopback nameservers (unreachable
    /// from a container's namespace); --dns, --dns-search and --dns-option
    /// replace their parts. With no nameserver left: the upstream servers
    /// systemd-resolved knows, else Google's, as Podman does.
    static func resolvConf(host: String, upstream: String?, dns: [String], search: [String], options: [String]) -> String {
        func parse(_ text: String) -> (servers: [String], search: [String], options: [String]) {
            var r: ([String], [String], [String]) = ([], [], [])
            for line in text.split(separator: "\n") {
                let f = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard f.count >= 2 else { continue }
                switch f[0] {
                case "nameserver" where !isLoopback(f[1]): r.0.append(f[1])
                case "search", "domain": r.1 = Array(f.dropFirst())
                case "options": r.2 += f.dropFirst()
                default: continue
                }
            }
            return r
        }
        var parsed = parse(host)
        if parsed.servers.isEmpty, let upstream { parsed.servers = parse(upstream).servers }
        if parsed.servers.isEmpty { parsed.servers = ["8.8.8.8", "8.8.4.4"] }
        let servers = dns.isEmpty ? parsed.servers : dns
        let domains = search.isEmpty ? parsed.search : (search == ["."] ? [] : search)
        let opts = options.isEmpty ? parsed.options : options
        var s = ""
        if !domains.isEmpty { s += "search \(domains.joined(separator: " "))\n" }
        for n in servers { s += "nameserver \(n)\n" }
        if !opts.isEmpty { s += "options \(opts.joined(separator: " "))\n" }
        return s
    }

    static func isLoopback(_ ip: String) -> Bool {
        ip.hasPrefix("127.") || ip == "::1"
    }

    /// Rewrites a file in place (same inode): it is bind-mounted into a
    /// running container, where a renamed-over file would never show.
    static func rewriteInPlace(_ path: String, _ text: String) {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
