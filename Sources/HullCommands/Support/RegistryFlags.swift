import ArgumentParser
import HullEngine

/// The options of every command that talks to a registry (pull, push,
/// login, run --pull), as Podman spells them.
struct RegistryFlags: ParsableArguments {
    @Option(name: .customLong("tls-verify"), help: "Require HTTPS and verify certificates (default true; plain HTTP is allowed for localhost registries).")
    var tlsVerify: Bool?

    @Option(name: .customLong("creds"), help: "Credentials USERNAME[:PASSWORD] for the registry.")
    var creds: String?

    @Option(name: .customLong("authfile"), help: "Path of the authentication file (default: $REGISTRY_AUTH_FILE, else ${XDG_RUNTIME_DIR}/containers/auth.json).", completion: .file())
    var authfile: String?

    func options() throws -> RegistryOptions {
        var credentials: Credentials?
        if let creds {
            guard let colon = creds.firstIndex(of: ":"), colon != creds.startIndex else {
                throw HullError(.failure, "invalid --creds \"\(creds)\": expected USERNAME:PASSWORD")
            }
            credentials = Credentials(username: String(creds[..<colon]), password: String(creds[creds.index(after: colon)...]))
        }
        return RegistryOptions(tlsVerify: tlsVerify, credentials: credentials, authFile: authfile)
    }
}

/// `--platform`, `--arch`, `--os`, `--variant`: which image of an index.
struct PlatformFlags: ParsableArguments {
    @Option(name: .long, help: "Choose the image for OS/ARCH[/VARIANT] from a multi-platform image (default: this machine's).")
    var platform: String?

    @Option(name: .long, help: "Use ARCH instead of this machine's architecture.")
    var arch: String?

    @Option(name: .long, help: "Use OS instead of linux.")
    var os: String?

    @Option(name: .long, help: "Use VARIANT instead of the default architecture variant.")
    var variant: String?

    func choice() throws -> PlatformChoice {
        var choice = try platform.map { (p) throws(HullError) in try PlatformChoice.parse(p) } ?? .host
        if let arch { choice.architecture = arch; choice.variant = nil }
        if let os { choice.os = os }
        if let variant { choice.variant = variant }
        return choice
    }
}

extension RegistryFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<RegistryFlags> { OptionTable<RegistryFlags>([
        .option("--tls-verify") { $0.tlsVerify = $1 },
        .option("--creds") { $0.creds = $1 },
        .option("--authfile") { $0.authfile = $1 },
    ]) }
}

extension PlatformFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<PlatformFlags> { OptionTable<PlatformFlags>([
        .option("--platform") { $0.platform = $1 },
        .option("--arch") { $0.arch = $1 },
        .option("--os") { $0.os = $1 },
        .option("--variant") { $0.variant = $1 },
    ]) }
}
