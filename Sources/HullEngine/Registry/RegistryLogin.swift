/// `hull login` / `hull logout`: credentials checked against the registry,
/// then kept in the auth file Podman and Skopeo read too.
public struct RegistryLogin {
    public let options: RegistryOptions

    public init(options: RegistryOptions) {
        self.options = options
    }

    /// A registry given as a URL or with a path is reduced to its host.
    public static func host(_ text: String) throws(HullError) -> String {
        var s = Substring(text)
        for scheme in ["https://", "http://"] where s.hasPrefix(scheme) { s = s.dropFirst(scheme.count) }
        let host = String(s.prefix { $0 != "/" })
        guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "@" }) else {
            throw HullError(.failure, "invalid registry \"\(text)\"")
        }
        return host == "index.docker.io" || host == "registry-1.docker.io" ? "docker.io" : host
    }

    public func login(_ registry: String, _ credentials: Credentials) throws(HullError) {
        var checked = options
        checked.credentials = credentials
        let session = RegistrySession(registry: registry, repository: "", push: false, options: checked)
        try session.connect(try session.makeClient())
        try AuthFile(path: options.authFile).store(credentials, for: registry)
    }

    public func logout(_ registry: String) throws(HullError) {
        guard try AuthFile(path: options.authFile).remove(registry: registry) else {
            throw HullError(.failure, "not logged into \(registry)")
        }
    }

    public func logoutAll() throws(HullError) {
        try AuthFile(path: options.authFile).removeAll()
    }
}
