#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CHull
import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Rebuilds a stored layer's original tar stream from its tar-split
/// records and its unpacked files (see TarSplitRecorder), checking that the
/// result hashes to the layer's diff id.
public struct TarSplitAssembler {
    public static let fileName = "tar-split.zst"
    public let layers: LayerStore

    public init(layers: LayerStore) {
        self.layers = layers
    }

    public func canRebuild(_ diffID: String) -> Bool {
        FileSystem.exists(layers.layout.layerDir(Identifier.hexPart(diffID)) + "/" + Self.fileName)
    }

    /// Streams the tar of `diffID` to `write` (false aborts).
    public func write(_ diffID: String, to write: @escaping (UnsafeRawBufferPointer) -> Bool) throws(HullError) {
        if geteuid() != 0, (try? layers.record(diffID))?.ownersInUserNamespace == true {
            return try writeFromUserNamespace(diffID, to: write)
        }
        let dir = layers.layout.layerDir(Identifier.hexPart(diffID))
        let records = try decompress(dir + "/" + Self.fileName, diffID: diffID)
        let root = open(dir + "/diff", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { throw HullError(.failure, "layer \(diffID): \(LinuxError("open", path: dir + "/diff"))") }
        defer { close(root) }
        let hash = SHA256Hasher()
        let emit: (UnsafeRawBufferPointer) -> Bool = { bytes in
            hash.update(bytes)
            return write(bytes)
        }
        let writeFailed = HullError(.failure, "writing layer \(diffID): aborted")
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var i = 0
        func integer(_ n: Int) throws(HullError) -> UInt64 {
            guard i + n <= records.count else { throw corrupt(diffID) }
            var v: UInt64 = 0
            for k in 0..<n { v |= UInt64(records[i + k]) << (8 * UInt64(k)) }
            i += n
            return v
        }
        while i < records.count {
            let tag = records[i]
            i += 1
            switch tag {
            case UInt8(ascii: "R"):
                let n = Int(try integer(4))
                guard i + n <= records.count else { throw corrupt(diffID) }
                let start = i
                guard records.withUnsafeBytes({ emit(UnsafeRawBufferPointer(rebasing: $0[start..<(start + n)])) }) else { throw writeFailed }
                i += n
            case UInt8(ascii: "F"):
                var left = Int64(try integer(8))
                let length = Int(try integer(2))
                guard i + length <= records.count else { throw corrupt(diffID) }
                let path = String(decoding: records[i..<(i + length)], as: UTF8.self)
                i += length
                // Beneath the layer, following no symlink: the names came
                // from an untrusted tar.
                let fd = hull_openat2(root, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC,
                                      UInt64(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS))
                guard fd >= 0 else { throw HullError(.failure, "layer \(diffID): cannot rebuild its tar: \(path): \(LinuxError("open").reason)") }
                defer { close(fd) }
                while left > 0 {
                    let want = Int(min(Int64(buffer.count), left))
                    let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
                    if got < 0 && errno == EINTR { continue }
                    guard got > 0 else { throw HullError(.failure, "layer \(diffID): \(path) changed since it was stored") }
                    guard buffer.withUnsafeBytes({ emit(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }) else { throw writeFailed }
                    left -= Int64(got)
                }
            default:
                throw corrupt(diffID)
            }
        }
        let actual = "sha256:" + hash.finalizeHex()
        guard actual == diffID else {
            throw HullError(.failure, "layer \(diffID) cannot be rebuilt exactly (got \(actual)); its files changed or its tar had duplicate entries")
        }
    }

    /// A rootless layer with files of subordinate ids, which the user may
    /// not read: rebuilt by hull in the user's namespace into a temporary
    /// file, which is then streamed.
    private func writeFromUserNamespace(_ diffID: String, to write: (UnsafeRawBufferPointer) -> Bool) throws(HullError) {
        let layout = layers.layout
        let output = layout.tempPath("layertar", Identifier.random().prefix(12))
        defer { unlink(output) }
        try NamespaceFileWork([.assembleLayer(root: layout.root, runroot: layout.runroot, diffID: diffID, output: output)])
            .run(layout: layout, environment: ProcessInfo.processInfo.environment)
        let fd = open(output, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw HullError(.failure, "layer \(diffID): \(LinuxError("open", path: output))") }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { throw HullError(.failure, "layer \(diffID): \(LinuxError("read", path: output))") }
            if got == 0 { return }
            guard buffer.withUnsafeBytes({ write(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }) else {
                throw HullError(.failure, "writing layer \(diffID): aborted")
            }
        }
    }

    private func corrupt(_ diffID: String) -> HullError {
        HullError(.failure, "layer \(diffID): its tar-split data is corrupt")
    }

    private func decompress(_ path: String, diffID: String) throws(HullError) -> [UInt8] {
        let compressed: [UInt8]
        do {
            compressed = try FileSystem.readFile(path)
        } catch {
            throw HullError(.failure, "layer \(diffID) has no tar-split data (stored by an older hull); pull or import it again")
        }
        let size = compressed.withUnsafeBytes { ZSTD_getFrameContentSize($0.baseAddress, $0.count) }
        guard size != ZSTD_CONTENTSIZE_ERROR, size != ZSTD_CONTENTSIZE_UNKNOWN, size < 1 << 34 else { throw corrupt(diffID) }
        var out = [UInt8](repeating: 0, count: Int(size))
        let n = out.withUnsafeMutableBytes { dst in
            compressed.withUnsafeBytes { src in ZSTD_decompress(dst.baseAddress, dst.count, src.baseAddress, src.count) }
        }
        guard ZSTD_isError(n) == 0, n == Int(size) else { throw corrupt(diffID) }
        return out
    }
}
