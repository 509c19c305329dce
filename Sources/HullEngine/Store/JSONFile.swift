#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux

/// Codable values stored as JSON files, written atomically.
public enum JSONFile {
    public static func read<T: Decodable>(_ type: T.Type, from path: String) throws(HullError) -> T {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path)
        } catch {
            throw HullError(.failure, "reading \(path): \(error.reason)")
        }
        if let known = DecodedFileCache.value(T.self, path: path, bytes: bytes) { return known }
        let value = try decode(T.self, bytes, path: path)
        DecodedFileCache.store(value, path: path, bytes: bytes)
        return value
    }

    /// Bytes already read from `path` (named in the error).
    static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], path: String) throws(HullError) -> T {
        do {
            return try decoder.decode(T.self, from: Data(bytes))
        } catch {
            throw HullError(.failure, "\(path) is not valid: \(error)", cause: error)
        }
    }

    public static func write<T: Encodable>(_ value: T, to path: String, durable: Bool = true) throws(HullError) {
        do {
            let data = try encoder.encode(value)
            try AtomicFile.write([UInt8](data), to: path, durable: durable)
        } catch {
            throw HullError(.failure, "writing \(path): \(error)", cause: error)
        }
    }

    /// Compact bytes with sorted keys: manifests and archive metadata,
    /// whose digests must not depend on dictionary order.
    static func canonicalBytes<T: Encodable>(_ value: T, what: String) throws(HullError) -> [UInt8] {
        do {
            return [UInt8](try encoder.encode(value))
        } catch {
            throw HullError(.failure, "encoding \(what): \(error)", cause: error)
        }
    }

    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.rfc3339Nano(date))
        }
        return e
    }

    static var decoder: JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let s = try c.decode(String.self)
            guard let date = Timestamp.parse(s) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "bad timestamp \(s)")
            }
            return date
        }
        return d
    }
}
