#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SeccompProfile {
    /// Reads `--security-opt seccomp=PATH`. Errors name the file and, for bad
    /// JSON, where in it the problem is (`syscalls[3].action: ...`).
    public static func load(path: String) throws(SeccompError) -> SeccompProfile {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path)
        } catch {
            throw .loading(path: path, reason: error.description)
        }
        let profile = try decode(bytes, path: path)
        do {
            try profile.validate()
        } catch .invalidProfile(let reason) {
            throw .loading(path: path, reason: reason)
        } catch {
            throw error
        }
        return profile
    }

    /// Decodes profile JSON; `path` only labels errors.
    public static func decode(_ bytes: [UInt8], path: String = "<inline>") throws(SeccompError) -> SeccompProfile {
        do {
            return try JSONDecoder().decode(SeccompProfile.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw .loading(path: path, reason: describe(error))
        } catch {
            throw .loading(path: path, reason: "\(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func location(_ context: DecodingError.Context) -> String {
            var text = ""
            for key in context.codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "" : text + ": "
        }
        switch error {
        case .keyNotFound(let key, let context):
            return location(context) + "missing \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return location(context) + context.debugDescription
        case .dataCorrupted(let context):
            var text = location(context) + context.debugDescription
            if let underlying = context.underlyingError { text += " (\(underlying))" }
            return text
        @unknown default:
            return "\(error)"
        }
    }
}
