#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A user name and password (or identity token) for one registry.
public struct Credentials: Equatable, Sendable {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// `user:password` base64-encoded, as auth files and Basic auth carry it.
    public var encoded: String { Data("\(username):\(password)".utf8).base64EncodedString() }

    static func decode(_ auth: String) -> Credentials? {
        guard let data = Data(base64Encoded: auth),
              let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":") else { return nil }
        return Credentials(username: String(text[..<colon]), password: String(text[text.index(after: colon)...]))
    }
}

/// The credentials file `hull login` writes, in the containers-auth.json
/// format Podman, Buildah and Skopeo share (so a login with one works for
/// all): `{"auths": {"registry[:port]": {"auth": "base64(user:pass)"}}}`.
/// Lookups fall back to Docker's `~/.docker/config.json`.
public struct AuthFile {
    public let path: String

    public init(path: String? = nil) {
        self.path = path ?? AuthFile.defaultPath
    }

    /// `--authfile`, else $REGISTRY_AUTH_FILE, else Podman's own default:
    /// `$XDG_RUNTIME_DIR/containers/auth.json` or `/run/containers/UID/auth.json`.
    public static var defaultPath: String {
        let env = ProcessInfo.processInfo.environment
        if let file = env["REGISTRY_AUTH_FILE"], !file.isEmpty { return file }
        if let runtime = env["XDG_RUNTIME_DIR"], !runtime.isEmpty { return runtime + "/containers/auth.json" }
        return "/run/containers/\(getuid())/auth.json"
    }

    private struct Entry: Codable {
        var auth: String?
        var identitytoken: String?
    }

    /// The file as a loose JSON object: keys hull does not know (credHelpers,
    /// other tools' settings) are kept when it is rewritten.
    private func readDocument(_ path: String) -> [String: JSONValue] {
        guard let bytes = try? FileSystem.readFile(path),
              case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) else { return [:] }
        return object
    }

    /// Credentials for `registry`, from this file or Docker's.
    public func credentials(for registry: String) -> Credentials? {
        var files = [path]
        if let home = ProcessInfo.processInfo.environment["HOME"] {
            files.append(home + "/.docker/config.json")
        }
        let keys = registry == "docker.io"
            ? ["docker.io", "index.docker.io", "https://index.docker.io/v1/", "registry-1.docker.io"]
            : [registry, "https://" + registry, "http://" + registry]
        for file in files {
            guard case .object(let auths)? = readDocument(file)["auths"] else { continue }
            for key in keys {
                if case .object(let entry)? = auths[key], case .string(let auth)? = entry["auth"],
                   let creds = Credentials.decode(auth) {
                    return creds
                }
            }
        }
        return nil
    }

    public func store(_ credentials: Credentials, for registry: String) throws(HullError) {
        try update { auths in auths[registry] = .object(["auth": .string(credentials.encoded)]) }
    }

    /// Removes one registry's entry; false when there was none.
    @discardableResult
    public func remove(registry: String) throws(HullError) -> Bool {
        var found = false
        try update { auths in found = auths.removeValue(forKey: registry) != nil }
        return found
    }

    public func removeAll() throws(HullError) {
        try update { auths in auths.removeAll() }
    }

    private func update(_ change: (inout [String: JSONValue]) -> Void) throws(HullError) {
        var document = readDocument(path)
        var auths: [String: JSONValue] = [:]
        if case .object(let existing)? = document["auths"] { auths = existing }
        change(&auths)
        document["auths"] = .object(auths)
        do {
            let dir = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
            if !dir.isEmpty { try FileSystem.makeDirectories(dir, mode: 0o700) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let bytes = [UInt8](try encoder.encode(JSONValue.object(document)))
            // Secrets: readable by the owner only, before the name appears.
            try AtomicFile.write(bytes + [0x0a], to: path, mode: 0o600)
        } catch {
            throw HullError(.failure, "writing \(path): \(error)", cause: error)
        }
    }
}
