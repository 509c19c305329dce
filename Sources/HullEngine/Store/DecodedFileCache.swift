import Synchronization

/// Values decoded from JSON files in this process, with the bytes each came
/// from. One `run` reads a container's config at its start and again at its
/// exit, and an image's records three times; a file whose bytes have not
/// changed is not decoded again. Decoding is a function of the bytes alone,
/// so a hit is exactly what decoding would give, and a file changed by
/// another process since is simply decoded anew.
enum DecodedFileCache {
    private struct Key: Hashable {
        let path: String
        let type: ObjectIdentifier
    }

    private final class Entry: @unchecked Sendable {
        // Immutable once made: a value type's copy and the bytes it came from.
        let bytes: [UInt8]
        let value: Any
        init(bytes: [UInt8], value: Any) {
            self.bytes = bytes
            self.value = value
        }
    }

    /// A long-lived process (a monitor) reads a few files again and again;
    /// a command that lists every container reads each once. Past this many
    /// entries the cache starts over, which bounds it for both.
    private static let capacity = 256
    private static let entries = Mutex<[Key: Entry]>([:])

    static func value<T>(_ type: T.Type, path: String, bytes: [UInt8]) -> T? {
        let key = Key(path: path, type: ObjectIdentifier(type))
        guard let entry = entries.withLock({ $0[key] }), entry.bytes == bytes else { return nil }
        return entry.value as? T
    }

    static func store<T>(_ value: T, path: String, bytes: [UInt8]) {
        let key = Key(path: path, type: ObjectIdentifier(T.self))
        let entry = Entry(bytes: bytes, value: value)
        entries.withLock {
            if $0.count >= capacity { $0.removeAll(keepingCapacity: true) }
            $0[key] = entry
        }
    }
}
