import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a layer's tar stream that are not file contents: headers,
/// pax/GNU long-name records, padding and the end-of-archive blocks, plus
/// one reference (path, size) per regular file's body. Together with the
/// unpacked layer they rebuild the exact tar the layer came as, so a pushed
/// or saved image keeps its diff ids and therefore its ID (Podman's
/// containers/storage keeps the same "tar-split" metadata for this reason).
///
/// Stored zstd-compressed as `layers/<hex>/tar-split.zst`; records are
/// `R` u32-length bytes (raw) and `F` u64-size u16-length path (a body).
public final class TarSplitRecorder {
    private var out: [UInt8] = []
    private var pendingRaw: [UInt8] = []
    private var header = [UInt8]()
    private enum State { case header, fileBody(Int64, padding: Int64), raw(Int64), metaBody(Int64, UInt8) }
    private var state = State.header
    private var meta: [UInt8] = []
    private var paxPath: String?
    private var paxSize: Int64?
    private var longName: String?
    /// Set when the stream is not a tar this recorder understands; the
    /// layer then simply has no tar-split (it is rebuilt from the files).
    public private(set) var unusable = false

    public init() {
        header.reserveCapacity(512)
    }

    /// Sees the uncompressed stream in order, in chunks of any size.
    public func consume(_ chunk: UnsafeRawBufferPointer) {
        guard !unusable else { return }
        var rest = chunk[...]
        while !rest.isEmpty {
            switch state {
            case .header:
                let take = min(512 - header.count, rest.count)
                header.append(contentsOf: rest.prefix(take))
                rest = rest.dropFirst(take)
                if header.count == 512 { finishHeader() }
            case .fileBody(let left, let padding):
                let take = Int(min(left, Int64(rest.count)))
                rest = rest.dropFirst(take)
                let remaining = left - Int64(take)
                if remaining > 0 {
                    state = .fileBody(remaining, padding: padding)
                } else {
                    state = padding > 0 ? .raw(padding) : .header
                }
            case .raw(let left):
                let take = Int(min(left, Int64(rest.count)))
                pendingRaw.append(contentsOf: rest.prefix(take))
                rest = rest.dropFirst(take)
                let remaining = left - Int64(take)
                state = remaining == 0 ? .header : .raw(remaining)
            case .metaBody(let left, let type):
                let take = Int(min(left, Int64(rest.count)))
                pendingRaw.append(contentsOf: rest.prefix(take))
                meta.append(contentsOf: rest.prefix(take))
                rest = rest.dropFirst(take)
                let remaining = left - Int64(take)
                if remaining == 0 {
                    parseMeta(type)
                    state = .header
                } else {
                    state = .metaBody(remaining, type)
                }
            }
        }
    }

    private func finishHeader() {
        defer { header.removeAll(keepingCapacity: true) }
        pendingRaw.append(contentsOf: header)
        if header.allSatisfy({ $0 == 0 }) { return }
        guard let size = Self.octal(header[124..<136]) else { unusable = true; return }
        let type = header[156]
        let padding = (512 - size % 512) % 512
        switch type {
        case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
            let bodySize = paxSize ?? size
            let name = Self.normalize(longName ?? paxPath ?? Self.ustarName(header))
            paxPath = nil; paxSize = nil; longName = nil
            guard bodySize > 0 else { return }
            flushRaw()
            append(UInt8(ascii: "F"))
            appendInteger(UInt64(bodySize), bytes: 8)
            let pathBytes = Array(name.utf8)
            appendInteger(UInt64(pathBytes.count), bytes: 2)
            out.append(contentsOf: pathBytes)
            state = .fileBody(bodySize, padding: (512 - bodySize % 512) % 512)
        case UInt8(ascii: "x"), UInt8(ascii: "g"), UInt8(ascii: "L"), UInt8(ascii: "K"):
            meta = []
            if size + padding > 0 { state = .metaBody(size + padding, type) }
        default:
            paxPath = nil; paxSize = nil; longName = nil
            if size + padding > 0 { state = .raw(size + padding) }
        }
    }

    private func parseMeta(_ type: UInt8) {
        switch type {
        case UInt8(ascii: "L"):
            longName = String(decoding: meta.prefix { $0 != 0 }, as: UTF8.self)
        case UInt8(ascii: "x"):
            // Records: "LEN key=value\n".
            var i = 0
            while i < meta.count {
                guard let space = meta[i...].firstIndex(of: UInt8(ascii: " ")),
                      let len = Int(String(decoding: meta[i..<space], as: UTF8.self)), len > 0, i + len <= meta.count else { break }
                let record = meta[(space + 1)..<(i + len - 1)]
                if let eq = record.firstIndex(of: UInt8(ascii: "=")) {
                    let key = String(decoding: record[..<eq], as: UTF8.self)
                    let value = String(decoding: record[(eq + 1)...], as: UTF8.self)
                    if key == "path" { paxPath = value }
                    if key == "size" { paxSize = Int64(value) }
                }
                i += len
            }
        default:
            break
        }
    }

    private func flushRaw() {
        guard !pendingRaw.isEmpty else { return }
        append(UInt8(ascii: "R"))
        appendInteger(UInt64(pendingRaw.count), bytes: 4)
        out.append(contentsOf: pendingRaw)
        pendingRaw.removeAll(keepingCapacity: true)
    }

    private func append(_ byte: UInt8) { out.append(byte) }

    private func appendInteger(_ value: UInt64, bytes: Int) {
        for i in 0..<bytes { out.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }

    /// The compressed record stream, or nil when unusable.
    public func finish() -> [UInt8]? {
        guard !unusable else { return nil }
        flushRaw()
        let bound = ZSTD_compressBound(out.count)
        var compressed = [UInt8](repeating: 0, count: bound)
        let n = compressed.withUnsafeMutableBytes { dst in
            out.withUnsafeBytes { src in ZSTD_compress(dst.baseAddress, bound, src.baseAddress, src.count, 3) }
        }
        guard ZSTD_isError(n) == 0 else { return nil }
        return Array(compressed.prefix(n))
    }

    static func octal(_ field: ArraySlice<UInt8>) -> Int64? {
        if let first = field.first, first & 0x80 != 0 {
            // base-256 for sizes of 8 GiB and more
            var value: Int64 = Int64(first & 0x7f)
            for b in field.dropFirst() { value = value << 8 | Int64(b) }
            return value
        }
        var value: Int64 = 0
        var seen = false
        for b in field {
            if b == 0 || b == UInt8(ascii: " ") { if seen { break } else { continue } }
            guard (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(b) else { return nil }
            value = value * 8 + Int64(b - UInt8(ascii: "0"))
            seen = true
        }
        return value
    }

    static func ustarName(_ h: [UInt8]) -> String {
        let name = String(decoding: h[0..<100].prefix { $0 != 0 }, as: UTF8.self)
        let isUstar = h[257..<262].elementsEqual(Array("ustar".utf8))
        let prefix = isUstar ? String(decoding: h[345..<500].prefix { $0 != 0 }, as: UTF8.self) : ""
        return prefix.isEmpty ? name : prefix + "/" + name
    }

    static func normalize(_ name: String) -> String {
        var s = Substring(name)
        while s.hasPrefix("./") { s = s.dropFirst(2) }
        while s.hasPrefix("/") { s = s.dropFirst() }
        return String(s)
    }
}
