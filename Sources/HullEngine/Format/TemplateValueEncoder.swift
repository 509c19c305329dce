extension TemplateValue {
    /// Converts any Encodable into a template value without a JSON round trip,
    /// so struct key order survives (JSONSerialization would lose it).
    ///
    /// `nil` optionals are kept as `.null` entries, mirroring Go structs where
    /// every declared field exists (a nil pointer prints `<nil>`, not `<no value>`).
    /// Dictionaries with String keys are emitted in sorted key order, as Go
    /// orders map keys, because Swift's hash order is not stable between runs.
    public static func from<T: Encodable>(_ value: T) throws -> TemplateValue {
        let root = EncodingNode()
        try ValueEncoder(node: root, codingPath: []).encodeValue(value)
        return root.resolve()
    }
}

/// A mutable tree the containers write into; containers are value types that
/// may be copied, so they share state through these references.
private final class EncodingNode {
    enum Content {
        case unset
        case value(TemplateValue)
        case map([(String, EncodingNode)])
        case list([EncodingNode])
    }

    var content: Content = .unset

    func resolve() -> TemplateValue {
        switch content {
        // A type that encoded nothing reads as an empty object, like JSONEncoder.
        case .unset: return .map([])
        case .value(let v): return v
        case .map(let entries): return .map(entries.map { ($0.0, $0.1.resolve()) })
        case .list(let items): return .list(items.map { $0.resolve() })
        }
    }

    /// The child for `key`, reusing an existing entry so re-encoding a key
    /// replaces it in place rather than duplicating it.
    func child(forKey key: String) -> EncodingNode {
        var entries: [(String, EncodingNode)] = []
        if case .map(let existing) = content { entries = existing }
        if let hit = entries.first(where: { $0.0 == key }) { return hit.1 }
        let node = EncodingNode()
        entries.append((key, node))
        content = .map(entries)
        return node
    }

    func appendChild() -> EncodingNode {
        var items: [EncodingNode] = []
        if case .list(let existing) = content { items = existing }
        let node = EncodingNode()
        items.append(node)
        content = .list(items)
        return node
    }

    var listCount: Int {
        if case .list(let items) = content { return items.count }
        return 0
    }
}

/// Lets the encoder recognise `[String: V]` at runtime and sort its keys.
private protocol SortedKeyEncodable {
    func encodeSorted(into encoder: ValueEncoder) throws
}

extension Dictionary: SortedKeyEncodable where Key == String, Value: Encodable {
    fileprivate func encodeSorted(into encoder: ValueEncoder) throws {
        encoder.node.content = .map([])
        for key in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let value = self[key] else { continue }
            let child = encoder.node.child(forKey: key)
            try ValueEncoder(node: child, codingPath: encoder.codingPath + [PlainKey(key)])
                .encodeValue(value)
        }
    }
}

private struct PlainKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string; intValue = nil }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}

private struct ValueEncoder: Encoder {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func encodeValue<T: Encodable>(_ value: T) throws {
        if let dict = value as? any SortedKeyEncodable {
            try dict.encodeSorted(into: self)
        } else {
            try value.encode(to: self)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .map = node.content {} else { node.content = .map([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = node.content {} else { node.content = .list([]) }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }
}

/// Maps Swift's primitive encodables onto the template scalar cases.
private func primitive(_ value: some Encodable) -> TemplateValue? {
    switch value {
    case let v as Bool: return .bool(v)
    case let v as String: return .string(v)
    case let v as Int: return .int(Int64(v))
    case let v as Int8: return .int(Int64(v))
    case let v as Int16: return .int(Int64(v))
    case let v as Int32: return .int(Int64(v))
    case let v as Int64: return .int(v)
    case let v as UInt: return unsigned(UInt64(v))
    case let v as UInt8: return .int(Int64(v))
    case let v as UInt16: return .int(Int64(v))
    case let v as UInt32: return .int(Int64(v))
    case let v as UInt64: return unsigned(v)
    case let v as Double: return .double(v)
    // Via the shortest decimal text so 0.1 stays 0.1 instead of 0.100000001490116.
    case let v as Float: return .double(Double(String(v)) ?? Double(v))
    default: return nil
    }
}

private func unsigned(_ v: UInt64) -> TemplateValue {
    // Values beyond Int64 lose precision; no container field gets that large.
    v <= UInt64(Int64.max) ? .int(Int64(v)) : .double(Double(v))
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    private func encoder(for key: Key) -> ValueEncoder {
        ValueEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func encodeNil(forKey key: Key) throws {
        node.child(forKey: key.stringValue).content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let p = primitive(value) {
            node.child(forKey: key.stringValue).content = .value(p)
        } else {
            try encoder(for: key).encodeValue(value)
        }
    }

    // Synthesized Encodable skips nil optionals through these; keeping them as
    // null entries is what makes a Swift struct look like a Go struct.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOptional(value, key) }

    private mutating func encodeOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder(for: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder(for: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(node: node.child(forKey: "super"), codingPath: codingPath + [PlainKey("super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder(for: key) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var count: Int { node.listCount }

    private func nextEncoder() -> ValueEncoder {
        let key = PlainKey(intValue: count) ?? PlainKey("")
        return ValueEncoder(node: node.appendChild(), codingPath: codingPath + [key])
    }

    mutating func encodeNil() throws { node.appendChild().content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let p = primitive(value) {
            node.appendChild().content = .value(p)
        } else {
            try nextEncoder().encodeValue(value)
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        nextEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        nextEncoder().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { nextEncoder() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let p = primitive(value) {
            node.content = .value(p)
        } else {
            try ValueEncoder(node: node, codingPath: codingPath).encodeValue(value)
        }
    }
}
