#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine

/// `.env` and `env_file:` files in compose's syntax (richer than run's
/// --env-file): `KEY=VALUE` lines, `#` comments, optional `export `, values
/// in single quotes (literal) or double quotes (with \n escapes), unquoted
/// values cut at ` #`.
public enum ComposeEnvFile {
    public static func read(_ path: String) throws(HullError) -> [(String, String)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HullError(.failure, "\(path): no such file or directory")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) throws(HullError) -> [(String, String)] {
        var out: [(String, String)] = []
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
            guard let eq = line.firstIndex(of: "=") else {
                // A bare name takes no value in compose's reading.
                out.append((line, ""))
                continue
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, !key.contains(" ") else {
                throw HullError(.failure, "\(file): line \(n + 1): invalid variable name \"\(key)\"")
            }
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("'"), let end = value.dropFirst().firstIndex(of: "'") {
                value = String(value[value.index(after: value.startIndex)..<end])
            } else if value.count >= 2, value.hasPrefix("\""), let end = value.dropFirst().lastIndex(of: "\"") {
                value = String(value[value.index(after: value.startIndex)..<end])
                    .replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\"", with: "\"")
            } else if let hash = value.range(of: " #") {
                value = String(value[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
            }
            out.append((key, value))
        }
        return out
    }
}
