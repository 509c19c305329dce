/// An IPv4 address in host byte order (10.88.0.2 is 0x0a580002).
public struct IPv4Address: Hashable, Comparable, TextCodable, Sendable {
    public var value: UInt32

    public init(_ value: UInt32) { self.value = value }

    /// Dotted quad only: no shorthand forms, no leading zeros beyond "0".
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var v: UInt32 = 0
        for p in parts {
            guard !p.isEmpty, p.count <= 3, p.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let n = UInt32(p), n <= 255, p.count == 1 || p.first != "0" else { return nil }
            v = v << 8 | n
        }
        value = v
    }

    public var description: String {
        "\(value >> 24).\(value >> 16 & 0xff).\(value >> 8 & 0xff).\(value & 0xff)"
    }

    public static func < (a: Self, b: Self) -> Bool { a.value < b.value }

    public static let kind = "IPv4 address"
}

/// An IPv4 network such as 10.89.0.0/16.
public struct IPv4Subnet: Hashable, TextCodable, Sendable {
    public var network: IPv4Address
    public var prefixLength: Int

    public init(network: IPv4Address, prefixLength: Int) {
        self.prefixLength = prefixLength
        self.network = IPv4Address(network.value & Self.mask(prefixLength))
    }

    /// "A.B.C.D/N" with no host bits set (as Podman requires).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = IPv4Address(String(parts[0])), let n = Int(parts[1]),
              (0...32).contains(n), parts[1].allSatisfy({ $0.isNumber }) else { return nil }
        guard a.value & ~Self.mask(n) == 0 else { return nil }
        self.init(network: a, prefixLength: n)
    }

    public static func mask(_ prefix: Int) -> UInt32 { prefix == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefix) }

    public var mask: UInt32 { Self.mask(prefixLength) }
    public var broadcast: IPv4Address { IPv4Address(network.value | ~mask) }
    /// The first host address: the bridge's, by convention.
    public var firstHost: IPv4Address { IPv4Address(network.value + 1) }
    public var lastHost: IPv4Address { IPv4Address(broadcast.value - 1) }

    public func contains(_ a: IPv4Address) -> Bool { a.value & mask == network.value }

    public func overlaps(_ other: IPv4Subnet) -> Bool {
        let m = Self.mask(min(prefixLength, other.prefixLength))
        return network.value & m == other.network.value & m
    }

    public var description: String { "\(network)/\(prefixLength)" }

    public static let kind = "subnet"
}

/// A value stored in JSON as its text, as users write it ("10.89.0.2",
/// "10.89.0.0/16").
public protocol TextCodable: Codable, CustomStringConvertible {
    init?(_ text: String)
    /// What a bad value is called in the decoding error.
    static var kind: String { get }
}

extension TextCodable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad \(Self.kind) \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
