#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Unpacked layers, one directory per diff id, shared by every image that
/// lists it: `layers/<hex>/diff/` with `layers/<hex>/layer.json` beside it.
/// A layer is unpacked under `tmp/` and renamed into place only when whole,
/// so a killed or failed unpack never leaves a layer that looks usable.
public struct LayerStore: Sendable {
    public let layout: StoreLayout

    public struct LayerRecord: Codable, Sendable {
        public var diffID: String
        public var size: Int64
        public var compressedDigest: String?
        /// gzip or zstd: how the blob named by compressedDigest is packed.
        public var compression: String?
        public var compressedSize: Int64?
        /// Rootless: some files were given owners in the user's namespace,
        /// which the user may not be able to read outside it.
        public var ownersInUserNamespace: Bool?
    }

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public func diffDirectory(_ diffID: String) -> String {
        layout.layerDir(Identifier.hexPart(diffID)) + "/diff"
    }

    public func has(_ diffID: String) -> Bool {
        FileSystem.exists(layout.layerDir(Identifier.hexPart(diffID)) + "/layer.json")
    }

    public func record(_ diffID: String) throws(HullError) -> LayerRecord {
        try JSONFile.read(LayerRecord.self, from: layout.layerDir(Identifier.hexPart(diffID)) + "/layer.json")
    }

    /// What a layer must hash to, from a manifest (the blob as sent) and
    /// an image config (the tar inside).
    public struct Expectation: Sendable {
        public var blobDigest: String?
        public var diffID: String?

        public init(blobDigest: String?, diffID: String?) {
            self.blobDigest = blobDigest
            self.diffID = diffID
        }
    }

    /// Unpacks a tar stream (plain, gzip or zstd) and stores it under its
    /// diff id. With `expected`, a digest mismatch stores nothing.
    public func add(from fd: Int32, source: String, expected: Expectation? = nil) throws(HullError) -> LayerRecord {
        let staging = layout.tempPath("layer", Identifier.random().prefix(12))
        do {
            try FileSystem.makeDirectories(staging + "/diff")
        } catch {
            throw HullError(.failure, "creating \(staging): \(error)", cause: error)
        }
        do {
            let stream = try LayerStream(fd: fd, source: source)
            let recorder = TarSplitRecorder()
            stream.tap = recorder
            let owners = try LayerExtractor.extract(stream, into: staging + "/diff")
            if let want = expected?.blobDigest, want != stream.compressedDigest {
                throw HullError(.failure, "\(source): digest mismatch: expected \(want), got \(stream.compressedDigest)")
            }
            if let want = expected?.diffID, want != stream.diffID {
                throw HullError(.failure, "\(source): layer content does not match the image config: expected diff id \(want), got \(stream.diffID)")
            }
            let record = LayerRecord(diffID: stream.diffID, size: stream.uncompressedBytes,
                                     compressedDigest: stream.compression == .none ? nil : stream.compressedDigest,
                                     compression: stream.compression == .none ? nil : stream.compression.rawValue,
                                     compressedSize: stream.compression == .none ? nil : stream.compressedBytes,
                                     ownersInUserNamespace: owners.isEmpty || geteuid() == 0 ? nil : true)
            if let split = recorder.finish() {
                try AtomicFile.write(split, to: staging + "/" + TarSplitAssembler.fileName, mode: 0o600)
            }
            try JSONFile.write(record, to: staging + "/layer.json")
            // Last: afterwards the user may no longer be able to remove them.
            try RootlessOwnership.apply(owners, beneath: staging + "/diff", layout: layout)
            let final = layout.layerDir(Identifier.hexPart(record.diffID))
            // Another hull may have stored the same layer meanwhile: the
            // rename then fails on the non-empty target, and theirs is kept.
            if rename(staging, final) == 0 {
                AtomicFile.syncDirectory(layout.layersDir)
            } else if errno == ENOTEMPTY || errno == EEXIST, has(record.diffID) {
                try? RootlessRemoval.removeTree(staging)
            } else {
                throw LinuxError("rename", path: final)
            }
            return record
        } catch let error as LayerStream.Failure {
            try? RootlessRemoval.removeTree(staging)
            throw HullError(.failure, error.description)
        } catch let error as LayerExtractor.Failure {
            try? RootlessRemoval.removeTree(staging)
            throw HullError(.failure, "invalid layer: \(error.description)")
        } catch {
            try? RootlessRemoval.removeTree(staging)
            throw HullError.wrap(error, "storing layer")
        }
    }

    /// Remembers the blob a push made of this layer, so the next push of
    /// it asks the registry before compressing it again.
    public func rememberBlob(_ diffID: String, digest: String, size: Int64, compression: String) throws(HullError) {
        var stored = try record(diffID)
        guard stored.compressedDigest == nil else { return }
        stored.compressedDigest = digest
        stored.compressedSize = size
        stored.compression = compression
        try JSONFile.write(stored, to: layout.layerDir(Identifier.hexPart(diffID)) + "/layer.json")
    }

    /// Removes layers no image lists any more. Call with the store lock held.
    public func removeUnused(referenced: Set<String>) {
        let names = (try? FileSystem.list(layout.layersDir)) ?? []
        for hex in names where hex != ShortLayerLinks.directoryName && !referenced.contains("sha256:" + hex) {
            // Renamed away first: a removal cut short must not leave a
            // layer whose layer.json says it is whole.
            let trash = layout.tempPath("rmlayer", hex)
            guard rename(layout.layerDir(hex), trash) == 0 else { continue }
            try? RootlessRemoval.removeTree(trash)
        }
        ShortLayerLinks.removeDangling(layersDir: layout.layersDir)
    }
}
