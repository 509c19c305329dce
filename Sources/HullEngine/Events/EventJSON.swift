/// An event as one JSON line, in Podman's field names and order (the file
/// backend's `events.log` and `events --format json` are the same text).
/// Written and read by hand: the reader walks 100,000 lines per `events`
/// call, and the writer sits on the `run` path.
public enum EventJSON {
    public static func encode(_ e: Event) -> String {
        var s = "{"
        func field(_ key: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            s += "\"" + key + "\":" + quote(value) + ","
        }
        if let code = e.exitCode, code != 0 { s += "\"ContainerExitCode\":\(code)," }
        field("ID", e.id)
        field("Image", e.image)
        field("Name", e.name)
        field("network", e.network)
        s += "\"Status\":" + quote(e.status) + ","
        s += "\"Time\":\"" + e.time.rfc3339Nano + "\","
        s += "\"Type\":\"" + e.type.rawValue + "\","
        field("health_status", e.healthStatus)
        s += "\"Attributes\":"
        if let attributes = e.attributes {
            s += "{" + attributes.sorted { $0.key < $1.key }.map { quote($0.key) + ":" + quote($0.value) }
                .joined(separator: ",") + "}"
        } else {
            s += "null"
        }
        return s + "}"
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The event of one line, or nil for a line that is not one (a line
    /// cut by a crash mid-write never reaches the file, but a hand-edited
    /// one may).
    public static func decode<C: Collection>(_ line: C) -> Event? where C.Element == UInt8 {
        if let parsed = line.withContiguousStorageIfAvailable({ (buffer) -> Event?? in
            var parser = Parser(bytes: buffer)
            return .some(parser.event())
        }) {
            return parsed ?? nil
        }
        return Array(line).withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer)
            return parser.event()
        }
    }

    /// Reads straight from the caller's buffer: no copy of the line, and
    /// keys compared as bytes (a String per key would double the cost).
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func event() -> Event? {
            var e = Event(.container, "", time: EventTime(seconds: 0))
            var sawType = false, sawTime = false
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            skipSpace()
            if take(UInt8(ascii: "}")) { return nil }
            repeat {
                skipSpace()
                guard let key = rawKey() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                if keyIs(key, "Attributes") {
                    if !literal("null") {
                        guard let map = stringMap() else { return nil }
                        e.attributes = map
                    }
                } else if keyIs(key, "ContainerExitCode") {
                    guard let n = number() else { return nil }
                    e.exitCode = Int32(truncatingIfNeeded: n)
                } else if literal("null") {
                    // An absent value, as Go writes some.
                } else if let value = string() {
                    if keyIs(key, "ID") { e.id = value }
                    else if keyIs(key, "Image") { e.image = value }
                    else if keyIs(key, "Name") { e.name = value }
                    else if keyIs(key, "network") || keyIs(key, "Network") { e.network = value }
                    else if keyIs(key, "Status") { e.status = value }
                    else if keyIs(key, "Time") || keyIs(key, "time") {
                        guard let t = EventTime.parseRFC3339(value) else { return nil }
                        e.time = t
                        sawTime = true
                    } else if keyIs(key, "Type") {
                        guard let kind = Event.Kind(rawValue: value) else { return nil }
                        e.type = kind
                        sawType = true
                    } else if keyIs(key, "health_status") { e.healthStatus = value }
                } else {
                    guard skipValue() else { return nil }
                }
                skipSpace()
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")), sawType, sawTime else { return nil }
            return e
        }

        /// A key's bytes (between its quotes); keys with escapes are none of hull's or Podman's.
        mutating func rawKey() -> Range<Int>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            while i < bytes.count, bytes[i] != 34 {
                if bytes[i] == 92 { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            defer { i += 1 }
            return start..<i
        }

        func keyIs(_ key: Range<Int>, _ name: StaticString) -> Bool {
            guard key.count == name.utf8CodeUnitCount else { return false }
            let w = name.utf8Start
            for k in 0..<key.count where bytes[key.lowerBound + k] != w[k] { return false }
            return true
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == b else { return false }
            i += 1
            return true
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            let w = word.utf8Start
            for k in 0..<count where bytes[i + k] != w[k] { return false }
            i += count
            return true
        }


        mutating func number() -> Int64? {
            var negative = false
            if take(UInt8(ascii: "-")) { negative = true }
            var v: Int64 = 0, digits = 0
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                v = v &* 10 &+ Int64(bytes[i] - 48)
                i += 1
                digits += 1
            }
            return digits > 0 ? (negative ? -v : v) : nil
        }

        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            // Most values have no escapes: one slice, no copying per byte.
            while i < bytes.count, bytes[i] != 34, bytes[i] != 92 { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == 34 {
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            }
            var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b == 34 { return String(decoding: out, as: UTF8.self) }
                guard b == 92 else { out.append(b); continue }
                guard i < bytes.count else { return nil }
                let esc = bytes[i]
                i += 1
                switch esc {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    guard i + 4 <= bytes.count, let v = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + 4)]), as: UTF8.self), radix: 16)
                    else { return nil }
                    i += 4
                    var code = v
                    // A surrogate pair: the second half follows as its own \u.
                    if v >= 0xD800 && v < 0xDC00, i + 6 <= bytes.count, bytes[i] == 92, bytes[i + 1] == 117,
                       let low = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 2)..<(i + 6)]), as: UTF8.self), radix: 16) {
                        code = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    out += Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8)
                default: out.append(esc)
                }
            }
            return nil
        }

        mutating func stringMap() -> [String: String]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var map: [String: String] = [:]
            skipSpace()
            if take(UInt8(ascii: "}")) { return map }
            repeat {
                skipSpace()
                guard let k = string() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard let v = string() else { return nil }
                map[k] = v
                skipSpace()
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? map : nil
        }

        /// Skips a value of a field hull does not know (a newer writer's).
        mutating func skipValue() -> Bool {
            if number() != nil { return true }
            if literal("true") || literal("false") || literal("null") { return true }
            if i < bytes.count, bytes[i] == 123 || bytes[i] == 91 {
                var depth = 0, inString = false
                while i < bytes.count {
                    let b = bytes[i]
                    i += 1
                    if inString {
                        if b == 92 { i += 1 } else if b == 34 { inString = false }
                    } else if b == 34 {
                        inString = true
                    } else if b == 123 || b == 91 {
                        depth += 1
                    } else if b == 125 || b == 93 {
                        depth -= 1
                        if depth == 0 { return true }
                    }
                }
            }
            return false
        }
    }
}
