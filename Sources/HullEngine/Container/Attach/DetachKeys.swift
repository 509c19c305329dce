/// The key sequence that detaches an attached terminal from a container
/// (`--detach-keys`): Docker's and Podman's syntax, a comma-separated list
/// of single characters or `ctrl-<a-z @ [ \ ] ^ _>`; empty: never detach.
public struct DetachKeys: Sendable, Equatable {
    public let bytes: [UInt8]

    public static let `default` = DetachKeys(bytes: [0x10, 0x11])  // ctrl-p, ctrl-q

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public init(parsing text: String) throws(HullError) {
        var bytes: [UInt8] = []
        guard !text.isEmpty else { self.init(bytes: []); return }
        for key in text.split(separator: ",", omittingEmptySubsequences: false) {
            let utf8 = Array(key.utf8)
            if utf8.count == 1 {
                bytes.append(utf8[0])
            } else if key.hasPrefix("ctrl-"), utf8.count == 6, let code = Self.control(utf8[5]) {
                bytes.append(code)
            } else {
                throw HullError(.failure, "invalid detach keys: Unknown character: '\(key)'")
            }
        }
        self.init(bytes: bytes)
    }

    /// ctrl-a is 1 ... ctrl-z 26; ctrl-@ 0, ctrl-[ 27, ctrl-\ 28, ctrl-] 29, ctrl-^ 30, ctrl-_ 31.
    private static func control(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return c - UInt8(ascii: "a") + 1
        case UInt8(ascii: "@"): return 0
        case UInt8(ascii: "["), UInt8(ascii: "\\"), UInt8(ascii: "]"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            return c - UInt8(ascii: "@")
        default: return nil
        }
    }
}

/// Finds the detach sequence in a stream of input: bytes that may begin it
/// are held back until it is clear whether they do, then passed on.
struct DetachKeyMatcher {
    let keys: [UInt8]
    private var matched = 0

    init(keys: [UInt8]) { self.keys = keys }

    /// The bytes to pass on, and whether the sequence is now complete.
    mutating func feed(_ input: ArraySlice<UInt8>) -> (forward: [UInt8], detach: Bool) {
        guard !keys.isEmpty else { return (Array(input), false) }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        for byte in input {
            if byte == keys[matched] {
                matched += 1
                if matched == keys.count { return (out, true) }
                continue
            }
            // Not the sequence after all: what was held back goes through.
            out += keys[0..<matched]
            matched = 0
            if byte == keys[0] {
                matched = 1
                if matched == keys.count { return (out, true) }
            } else {
                out.append(byte)
            }
        }
        return (out, false)
    }
}
