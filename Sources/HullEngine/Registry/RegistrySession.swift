#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// How to reach registries: TLS checking and whose credentials.
public struct RegistryOptions: Sendable {
    /// nil: verify TLS, but allow plain HTTP for loopback registries (as
    /// Docker does); false: skip verification and allow plain HTTP.
    public var tlsVerify: Bool?
    /// `--creds user:pass`, taking precedence over the auth file.
    public var credentials: Credentials?
    public var authFile: String?

    public init(tlsVerify: Bool? = nil, credentials: Credentials? = nil, authFile: String? = nil) {
        self.tlsVerify = tlsVerify
        self.credentials = credentials
        self.authFile = authFile
    }
}

/// One repository on one registry, with the scheme and authorization that
/// worked. Shared by the threads of a pull or push; each thread brings its
/// own HTTPClient (connection).
public final class RegistrySession: Sendable {
    public let registry: String
    public let repository: String
    let apiHost: String
    let actions: String
    let options: RegistryOptions
    private let state = Mutex(State())

    private struct State {
        var base: String?
        var authorization: String?
    }

    public init(registry: String, repository: String, push: Bool, options: RegistryOptions) {
        self.registry = registry
        self.repository = repository
        // Docker Hub's name and its API host differ.
        self.apiHost = registry == "docker.io" ? "registry-1.docker.io" : registry
        self.actions = push ? "pull,push" : "pull"
        self.options = options
    }

    var verifyTLS: Bool { options.tlsVerify ?? true }

    var isLoopback: Bool {
        let host = apiHost.hasPrefix("[") ? String(apiHost.prefix { $0 != "]" }.dropFirst())
            : String(apiHost.prefix { $0 != ":" })
        return host == "localhost" || host.hasPrefix("127.") || host == "::1"
    }

    var credentials: Credentials? {
        options.credentials ?? AuthFile(path: options.authFile).credentials(for: registry)
    }

    public func makeClient() throws(HullError) -> HTTPClient {
        try HTTPClient(verifyTLS: verifyTLS)
    }

    /// Pings `/v2/` to settle the scheme (HTTPS, or plain HTTP where
    /// allowed) and answers the registry's authentication challenge.
    public func connect(_ client: HTTPClient) throws(HullError) {
        if state.withLock({ $0.base }) != nil { return }
        let schemes: [String] = isLoopback ? ["http", "https"] : options.tlsVerify == false ? ["https", "http"] : ["https"]
        var lastFailure = "no scheme to try"
        for (i, scheme) in schemes.enumerated() {
            let base = "\(scheme)://\(apiHost)"
            let response: HTTPResponse
            do {
                response = try withRetries { () throws(TransportError) in try client.send("GET", base + "/v2/") }
            } catch {
                lastFailure = error.description
                if i + 1 < schemes.count { continue }
                throw HullError(.failure, "pinging registry \(registry): \(lastFailure)")
            }
            // A plain HTTP server answering a TLS client, or the reverse.
            if response.status == 400 && response.text.contains("HTTPS") && i + 1 < schemes.count { continue }
            switch response.status {
            case 200..<300:
                state.withLock { $0.base = base }
                return
            case 401:
                let authorization = try authorize(client, challenge: response.header("www-authenticate"))
                if authorization.hasPrefix("Basic ") {
                    // Basic credentials are only proven by using them.
                    let check: HTTPResponse
                    do {
                        check = try withRetries { () throws(TransportError) in
                            try client.send("GET", base + "/v2/", headers: ["Authorization: " + authorization])
                        }
                    } catch {
                        throw HullError(.failure, "pinging registry \(registry): \(error)", cause: error)
                    }
                    if check.status == 401 || check.status == 403 {
                        throw HullError(.failure, "authenticating to \(registry): invalid username/password")
                    }
                }
                state.withLock { $0.base = base; $0.authorization = authorization }
                return
            default:
                throw HullError(.failure, "pinging registry \(registry): \(base)/v2/ answered \(response.status); is it a container registry?")
            }
        }
        throw HullError(.failure, "pinging registry \(registry): \(lastFailure)")
    }

    /// The Authorization header value that answers a challenge.
    private func authorize(_ client: HTTPClient, challenge header: String?) throws(HullError) -> String {
        guard let header, let challenge = AuthChallenge.parse(header) else {
            throw HullError(.failure, "registry \(registry) refused access without saying how to authenticate")
        }
        let creds = credentials
        switch challenge.scheme {
        case "basic":
            guard let creds else { throw authenticationRequired() }
            return "Basic " + creds.encoded
        case "bearer":
            guard let realm = challenge.parameters["realm"], !realm.isEmpty else {
                throw HullError(.failure, "registry \(registry) sent a bearer challenge without a realm")
            }
            // A login proves the credentials without naming a repository.
            var query = repository.isEmpty ? [] : ["scope=" + percentEncode("repository:\(repository):\(actions)")]
            if let service = challenge.parameters["service"] { query.insert("service=" + percentEncode(service), at: 0) }
            let url = query.isEmpty ? realm : realm + (realm.contains("?") ? "&" : "?") + query.joined(separator: "&")
            let headers = creds.map { ["Authorization: Basic " + $0.encoded] } ?? []
            let response: HTTPResponse
            do {
                response = try withRetries { () throws(TransportError) in try client.send("GET", url, headers: headers) }
            } catch {
                throw HullError(.failure, "getting a token from \(realm): \(error)", cause: error)
            }
            if response.status == 401 || response.status == 403 {
                throw creds == nil ? authenticationRequired()
                    : HullError(.failure, "authenticating to \(registry): invalid username/password")
            }
            struct Token: Decodable { var token: String?; var access_token: String? }
            guard (200..<300).contains(response.status),
                  let token = try? JSONDecoder().decode(Token.self, from: Data(response.body)),
                  let value = token.token ?? token.access_token, !value.isEmpty else {
                throw HullError(.failure, "getting a token from \(realm): status \(response.status)")
            }
            return "Bearer " + value
        default:
            throw HullError(.failure, "registry \(registry) wants \(challenge.scheme) authentication, which hull does not speak")
        }
    }

    private func authenticationRequired() -> HullError {
        HullError(.failure, "authentication required for \(registry): run `hull login \(registry)` or pass --creds")
    }

    /// Sends a request to this repository's API (`path` starts with /v2/,
    /// or is a full URL such as an upload location). Retries transient
    /// failures and 5xx answers while nothing has been streamed, and
    /// answers a new challenge once (an expired token).
    public func send(_ client: HTTPClient, _ method: String, _ path: String, headers: [String] = [],
                     body: HTTPBody? = nil, sink: ((Int, UnsafeRawBufferPointer) -> Bool)? = nil) throws(HullError) -> HTTPResponse {
        try connect(client)
        var reauthorized = false
        while true {
            let (base, authorization) = state.withLock { ($0.base ?? "", $0.authorization) }
            let url = path.hasPrefix("/") ? base + path : path
            let all = headers + (authorization.map { ["Authorization: " + $0] } ?? [])
            var streamed = false
            let response: HTTPResponse
            do {
                response = try withRetries(retryable: { !streamed }) { () throws(TransportError) in
                    return try client.send(method, url, headers: all, body: body, sink: sink.map { sink in
                        { (status, chunk) in streamed = true; return sink(status, chunk) }
                    })
                }
            } catch {
                throw HullError(.failure, "\(method) \(url): \(error.description)")
            }
            if response.status == 401 && !reauthorized {
                reauthorized = true
                let authorization = try authorize(client, challenge: response.header("www-authenticate"))
                state.withLock { $0.authorization = authorization }
                continue
            }
            return response
        }
    }

    /// Up to four attempts with growing pauses, on transport failures and
    /// on 5xx / 429 answers, while `retryable` says a retry is safe.
    func withRetries(retryable: () -> Bool = { true },
                     _ attempt: () throws(TransportError) -> HTTPResponse) throws(TransportError) -> HTTPResponse {
        var pause: UInt32 = 200_000
        for remaining in stride(from: 3, through: 0, by: -1) {
            do {
                let response = try attempt()
                let busy = response.status >= 500 || response.status == 429
                if busy && remaining > 0 && retryable() {
                    usleep(pause); pause *= 3
                    continue
                }
                return response
            } catch {
                if error.transient && remaining > 0 && retryable() {
                    usleep(pause); pause *= 3
                    continue
                }
                throw error
            }
        }
        fatalError("unreachable: the last attempt returns or throws")
    }

    /// The error a registry put in its body (`{"errors":[{"code","message"}]}`),
    /// else the status.
    public static func describe(_ response: HTTPResponse) -> String {
        struct Body: Decodable {
            struct Item: Decodable { var code: String?; var message: String? }
            var errors: [Item]?
        }
        if let body = try? JSONDecoder().decode(Body.self, from: Data(response.body)),
           let first = body.errors?.first {
            return (first.message ?? first.code ?? "error").lowercased()
        }
        return "status \(response.status)"
    }
}

func percentEncode(_ s: String) -> String {
    var out = ""
    for byte in s.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            out.append(Character(Unicode.Scalar(byte)))
        default:
            out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
    }
    return out
}

private extension String {
    func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
