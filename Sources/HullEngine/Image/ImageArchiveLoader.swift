#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull load`: a docker-archive or oci-archive (plain or compressed),
/// unpacked under tmp/ with the same hardening as a layer, then each
/// layer stored with its digests checked and each image recorded last.
public struct ImageArchiveLoader {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// Returns the loaded images' names (or `sha256:ID` for nameless ones).
    public func load(from fd: Int32, source: String) throws(HullError) -> [String] {
        try layout.prepare()
        layout.sweepTmp()
        let staging = layout.tempPath("load", Identifier.random().prefix(12))
        defer { try? FileSystem.removeTree(staging) }
        do {
            try FileSystem.makeDirectories(staging, mode: 0o700)
            let stream = try LayerStream(fd: fd, source: source)
            try LayerExtractor.extract(stream, into: staging)
        } catch let error as LayerStream.Failure {
            throw Self.notAnImage("reading \(source): \(error.description)")
        } catch let error as LayerExtractor.Failure {
            throw Self.notAnImage("reading \(source): \(error.description)")
        } catch {
            throw HullError.wrap(error, "reading \(source)")
        }
        let loaded: [String]
        if FileSystem.exists(staging + "/manifest.json") {
            loaded = try loadDocker(staging)
        } else if FileSystem.exists(staging + "/index.json") {
            loaded = try loadOCI(staging)
        } else {
            throw Self.notAnImage("\(source) has neither manifest.json (docker-archive) nor index.json (oci-archive)")
        }
        // Podman's load event names what was loaded, comma-separated.
        EventLog(layout: layout).append(Event(.image, "load", name: loaded.joined(separator: ",")))
        return loaded
    }

    /// Podman's words for input that is no image archive at all, which
    /// scripts match on; hull's reason follows on the same line.
    static func notAnImage(_ reason: String) -> HullError {
        HullError(.failure, "payload does not match any of the supported image formats: \(reason)")
    }

    private struct Item {
        var config: [UInt8]
        var layers: [(path: String, digest: String?)]
        var names: [String]
    }

    private func loadDocker(_ dir: String) throws(HullError) -> [String] {
        struct Entry: Decodable {
            var Config: String
            var RepoTags: [String]?
            var Layers: [String]
        }
        let entries = try decode([Entry].self, dir + "/manifest.json")
        var items: [Item] = []
        for entry in entries {
            let names = try (entry.RepoTags ?? []).map { (t) throws(HullError) in try ImageReference.parse(t).description }
            items.append(Item(config: try read(dir, entry.Config), layers: try entry.Layers.map { (l) throws(HullError) in (try inside(dir, l), nil) }, names: names))
        }
        return try store(items)
    }

    private func loadOCI(_ dir: String) throws(HullError) -> [String] {
        let index = try decode(ManifestIndex.self, dir + "/index.json")
        var items: [Item] = []
        for entry in index.manifests {
            var descriptor = entry
            if entry.mediaType == MediaType.ociIndex || entry.mediaType == MediaType.dockerList {
                let nested = try decodeBytes(ManifestIndex.self, try blob(dir, entry.digest), what: entry.digest)
                guard let chosen = PlatformChoice.host.select(from: nested) else {
                    throw HullError(.failure, "the archive has no image for \(PlatformChoice.host)")
                }
                descriptor = chosen
            }
            let manifest = try decodeBytes(ImageManifest.self, try blob(dir, descriptor.digest), what: descriptor.digest)
            try ImagePuller.check(manifest)
            var names: [String] = []
            if let ref = entry.annotations?["org.opencontainers.image.ref.name"], ref.contains("/") || ref.contains(":") && !ref.hasPrefix(":"),
               let parsed = try? ImageReference.parse(ref, defaultRegistry: "localhost") {
                names.append(parsed.description)
            }
            let layers = try manifest.layers.map { (l) throws(HullError) in (try inside(dir, "blobs/sha256/" + Identifier.hexPart(l.digest)), Optional(l.digest)) }
            items.append(Item(config: try blob(dir, manifest.config.digest), layers: layers, names: names))
        }
        return try store(items)
    }

    private func store(_ items: [Item]) throws(HullError) -> [String] {
        let layers = LayerStore(layout: layout)
        let images = ImageStore(layout: layout)
        var loaded: [String] = []
        for item in items {
            let config = try decodeBytes(ImageConfig.self, item.config, what: "image config")
            guard config.rootfs.diff_ids.count == item.layers.count else {
                throw HullError(.failure, "invalid archive: the config lists \(config.rootfs.diff_ids.count) layers, the manifest \(item.layers.count)")
            }
            var size: Int64 = 0
            for (i, layer) in item.layers.enumerated() {
                let diffID = config.rootfs.diff_ids[i]
                if !layers.has(diffID) {
                    let fd = open(layer.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
                    guard fd >= 0 else { throw HullError(.failure, "invalid archive: missing layer \(layer.path)") }
                    defer { close(fd) }
                    _ = try layers.add(from: fd, source: "layer \(diffID)", expected: .init(blobDigest: layer.digest, diffID: diffID))
                }
                size += (try? layers.record(diffID).size) ?? 0
            }
            let lock = try layout.lock()
            defer { lock.unlock() }
            if let gone = config.rootfs.diff_ids.first(where: { !layers.has($0) }) {
                throw HullError(.failure, "layer \(gone) was removed while the archive was loaded; try again")
            }
            let record = try images.add(configBytes: item.config, names: item.names, digest: nil, layerSizes: size)
            loaded += item.names.isEmpty ? ["sha256:" + record.id] : item.names
        }
        return loaded
    }

    /// A path named by the archive, kept inside it.
    private func inside(_ dir: String, _ name: String) throws(HullError) -> String {
        let parts = name.split(separator: "/")
        guard !name.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else {
            throw HullError(.failure, "invalid archive: path \"\(name)\" leaves the archive")
        }
        return dir + "/" + name
    }

    private func read(_ dir: String, _ name: String) throws(HullError) -> [UInt8] {
        let path = try inside(dir, name)
        do {
            return try FileSystem.readFile(path)
        } catch {
            throw HullError(.failure, "invalid archive: missing \(name)")
        }
    }

    private func blob(_ dir: String, _ digest: String) throws(HullError) -> [UInt8] {
        guard ImageReference.isValidDigest(digest), digest.hasPrefix("sha256:") else {
            throw HullError(.failure, "invalid archive: bad digest \"\(digest)\"")
        }
        let bytes = try read(dir, "blobs/sha256/" + Identifier.hexPart(digest))
        guard "sha256:" + SHA256Hasher.hexDigest(of: bytes) == digest else {
            throw HullError(.failure, "invalid archive: blob \(digest): digest mismatch")
        }
        return bytes
    }

    private func decode<T: Decodable>(_ type: T.Type, _ path: String) throws(HullError) -> T {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path)
        } catch {
            throw HullError(.failure, "invalid archive: \(error)", cause: error)
        }
        return try decodeBytes(type, bytes, what: String(path.split(separator: "/").last ?? ""))
    }

    private func decodeBytes<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], what: String) throws(HullError) -> T {
        do {
            return try JSONFile.decoder.decode(type, from: Data(bytes))
        } catch {
            throw HullError(.failure, "invalid archive: \(what) is malformed: \(error)", cause: error)
        }
    }
}
