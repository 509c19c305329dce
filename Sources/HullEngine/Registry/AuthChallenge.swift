/// A `WWW-Authenticate` header: `Bearer realm="...",service="...",scope="..."`
/// or `Basic realm="..."` (RFC 7235 auth-params; values may be quoted and
/// contain commas).
public struct AuthChallenge: Equatable, Sendable {
    public var scheme: String
    public var parameters: [String: String]

    public static func parse(_ header: String) -> AuthChallenge? {
        var rest = Substring(header.trimmed)
        guard let space = rest.firstIndex(of: " ") else {
            return rest.isEmpty ? nil : AuthChallenge(scheme: rest.lowercased(), parameters: [:])
        }
        let scheme = rest[..<space].lowercased()
        rest = rest[rest.index(after: space)...]
        var parameters: [String: String] = [:]
        while true {
            while let c = rest.first, c == " " || c == "," { rest.removeFirst() }
            guard let eq = rest.firstIndex(of: "=") else { break }
            let key = rest[..<eq].trimmingSpaces().lowercased()
            rest = rest[rest.index(after: eq)...]
            var value = ""
            if rest.first == "\"" {
                rest.removeFirst()
                while let c = rest.first {
                    rest.removeFirst()
                    if c == "\\", let next = rest.first { value.append(next); rest.removeFirst(); continue }
                    if c == "\"" { break }
                    value.append(c)
                }
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                value = String(rest[..<end]).trimmed
                rest = rest[end...]
            }
            parameters[key] = value
        }
        return AuthChallenge(scheme: scheme, parameters: parameters)
    }
}

private extension Substring {
    func trimmingSpaces() -> String { String(self).trimmed }
}
