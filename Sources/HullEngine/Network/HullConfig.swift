#if canImport(Glibc)
import Glibc
#endif
import HullLinux

/// hull's configuration file: a subset of Podman's containers.conf (TOML),
/// read from `$HULL_CONF`, else /etc/hull/hull.conf. Missing file: defaults.
///
///     [containers]
///     netns = "bridge"            # default network mode: bridge, none, host, pasta or slirp4netns (rootless)
///     [network]
///     default_network = "hull"
///     default_subnet = "10.89.0.0/16"   # unset: a free 10.x.0.0/16 is chosen
///     default_bridge = "hull0"          # hull's own key: the bridge's name
///     [storage.options.overlay]         # (storage.conf's; [storage.options] too)
///     mount_program = "/usr/bin/fuse-overlayfs"   # FUSE overlay for containers' roots
public struct HullConfig: Sendable, Equatable {
    public var netns = "bridge"
    public var defaultNetwork = "hull"
    public var defaultSubnet: String?
    public var defaultBridge = "hull0"
    /// Podman's storage.conf `mount_program`; "" or unset: the kernel's overlay.
    public var mountProgram: String?

    public init() {}

    public static func path(environment: [String: String]) -> String {
        environment["HULL_CONF"].flatMap { $0.isEmpty ? nil : $0 } ?? "/etc/hull/hull.conf"
    }

    public static func load(environment: [String: String]) throws(HullError) -> HullConfig {
        let path = path(environment: environment)
        guard let bytes = try? FileSystem.readFile(path) else { return HullConfig() }
        return try parse(String(decoding: bytes, as: UTF8.self), source: path)
    }

    public static func parse(_ text: String, source: String) throws(HullError) -> HullConfig {
        var config = HullConfig()
        var section = ""
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // A comment starts at a # outside a quoted string.
            var line = Substring(raw)
            var quoted = false
            for i in line.indices {
                if line[i] == "\"" { quoted.toggle() }
                if line[i] == "#" && !quoted { line = line[..<i]; break }
            }
            let t = line.trimming(" \t\r")
            if t.isEmpty { continue }
            if t.hasPrefix("[") && t.hasSuffix("]") {
                section = String(t.dropFirst().dropLast()).trimming(" ")
                continue
            }
            let kv = t.split(separator: "=", maxSplits: 1).map { $0.trimming(" \t") }
            guard kv.count == 2, kv[1].count >= 2, kv[1].hasPrefix("\""), kv[1].hasSuffix("\"") else {
                throw HullError(.failure, "\(source):\(n + 1): expected key = \"value\"")
            }
            let value = String(kv[1].dropFirst().dropLast())
            switch (section, kv[0]) {
            case ("containers", "netns"):
                guard ["bridge", "none", "host", "private", "pasta", "slirp4netns"].contains(value) else {
                    throw HullError(.failure, "\(source):\(n + 1): netns must be bridge, none, host, pasta or slirp4netns")
                }
                config.netns = value == "private" ? "bridge" : value
            case ("network", "default_network"): config.defaultNetwork = value
            case ("network", "default_subnet"): config.defaultSubnet = value
            case ("network", "default_bridge"): config.defaultBridge = value
            case ("storage.options.overlay", "mount_program"), ("storage.options", "mount_program"):
                guard value.isEmpty || value.hasPrefix("/") else {
                    throw HullError(.failure, "\(source):\(n + 1): mount_program must be an absolute path")
                }
                config.mountProgram = value
            default: continue  // other containers.conf keys are not hull's
            }
        }
        return config
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
