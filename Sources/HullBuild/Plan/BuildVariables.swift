#if canImport(Glibc)
import Glibc
#endif

/// The build arguments and their scopes, as Docker defines them: ARGs
/// before the first FROM are global and usable in FROM lines only; a
/// stage sees an ARG from its declaration on (a bare `ARG NAME` takes the
/// global value); `--build-arg` overrides a declared default; ENV wins
/// over an ARG of the same name. The platform ARGs are predefined in the
/// global scope; the proxy ARGs reach RUN without a declaration and stay
/// out of the history and the cache key.
public struct BuildVariables: Sendable {
    public let buildArgs: [String: String]
    /// Resolved global ARGs, the predefined ones included.
    public private(set) var global: [String: String]
    /// Build args some ARG declared; the rest are reported unused.
    public private(set) var consumed: Set<String> = []

    public static let proxyNames: Set<String> = [
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
        "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
    ]

    public init(buildArgs: [String: String]) {
        self.buildArgs = buildArgs
        global = Self.platformArgs()
        for (k, v) in buildArgs where global[k] != nil { global[k] = v }
    }

    /// TARGETPLATFORM, TARGETOS, TARGETARCH, TARGETVARIANT and BUILD*:
    /// this host's, as hull builds for the platform it runs on.
    public static func platformArgs() -> [String: String] {
        var u = utsname()
        uname(&u)
        let machine = withUnsafeBytes(of: u.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let (arch, variant): (String, String) = switch machine {
        case "x86_64": ("amd64", "")
        case "aarch64": ("arm64", "")
        case "armv7l": ("arm", "v7")
        case "i686", "i386": ("386", "")
        default: (machine, "")
        }
        let platform = "linux/" + arch + (variant.isEmpty ? "" : "/" + variant)
        var out: [String: String] = [:]
        for prefix in ["TARGET", "BUILD"] {
            out[prefix + "PLATFORM"] = platform
            out[prefix + "OS"] = "linux"
            out[prefix + "ARCH"] = arch
            out[prefix + "VARIANT"] = variant
        }
        return out
    }

    /// `ARG name[=default]` before the first FROM.
    public mutating func declareGlobal(_ name: String, default value: String?) {
        if buildArgs[name] != nil { consumed.insert(name) }
        if let v = buildArgs[name] ?? value { global[name] = v } else { global.removeValue(forKey: name) }
    }

    /// The value a stage's `ARG name[=default]` gives the name.
    public mutating func stageValue(_ name: String, default value: String?) -> String? {
        if let v = buildArgs[name] {
            consumed.insert(name)
            return v
        }
        return value ?? global[name]
    }

    /// Proxy settings given with --build-arg: RUN's environment only.
    public var proxies: [String] {
        buildArgs.filter { Self.proxyNames.contains($0.key) }.map { "\($0.key)=\($0.value)" }.sorted()
    }

    public var unused: [String] {
        buildArgs.keys.filter { !consumed.contains($0) && !Self.proxyNames.contains($0) && global[$0] == nil }.sorted()
    }
}
