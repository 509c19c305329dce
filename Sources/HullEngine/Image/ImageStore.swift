#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Stored images: `images/<id>/image.json` (the record) and
/// `images/<id>/config.json` (the exact config bytes the id hashes).
public struct ImageStore: Sendable {
    public let layout: StoreLayout
    public var layers: LayerStore { LayerStore(layout: layout) }

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public func list() -> [ImageRecord] {
        let ids = (try? FileSystem.list(layout.imagesDir)) ?? []
        return ids.filter(Identifier.isFullID).compactMap { id in
            try? JSONFile.read(ImageRecord.self, from: layout.imageDir(id) + "/image.json")
        }
    }

    /// The image a container was made from, by its full id.
    public func requireByID(_ id: String) throws(HullError) -> ImageRecord {
        guard let record = try? JSONFile.read(ImageRecord.self, from: layout.imageDir(id) + "/image.json") else {
            throw HullError(.failure, "image \(id) of the container is no longer in the store")
        }
        return record
    }

    public func load(_ record: ImageRecord) throws(HullError) -> Image {
        Image(record: record, config: try JSONFile.read(ImageConfig.self, from: layout.imageDir(record.id) + "/config.json"))
    }

    /// Finds an image by name (short names tried as `localhost/` then Docker
    /// Hub, as Podman does), by full or unique short id, or `sha256:<id>`.
    public func find(_ text: String) throws(HullError) -> ImageRecord? {
        if let hit = findByName(Self.candidateNames(text)) { return hit }
        let images = list()
        if let hit = findByDigest(text, in: images) { return hit }
        let hex = Identifier.hexPart(text)
        guard Identifier.isHexPrefix(hex) else { return nil }
        let matches = images.filter { $0.id.hasPrefix(hex) }
        if matches.count > 1 {
            throw HullError(.failure, "\(text): ambiguous image id prefix: \(matches.count) images match")
        }
        return matches.first
    }

    /// `NAME@DIGEST` (a tag beside the digest is ignored, as in Podman): the
    /// image of that repository whose manifest, or any it was pulled or
    /// pushed as, has the digest. A short NAME is tried under localhost/
    /// and Docker Hub.
    func findByDigest(_ text: String, in images: [ImageRecord]) -> ImageRecord? {
        let registries = ImageReference.hasRegistry(text) ? [ImageReference.defaultRegistry] : ["localhost", ImageReference.defaultRegistry]
        for registry in registries {
            guard let ref = try? ImageReference.parse(text, defaultRegistry: registry), let digest = ref.digest else { return nil }
            let pinned = ref.name + "@" + digest
            if let hit = images.first(where: { image in
                (image.repoDigests ?? []).contains(pinned)
                    || (image.digest == digest && image.names.contains { ImageNames.split($0).repository == ref.name })
            }) {
                return hit
            }
        }
        return nil
    }

    /// The first candidate name some image has. Every run and create looks
    /// its image up by name: only records whose bytes hold a candidate, as
    /// JSON writes it, are decoded, not every image in the store.
    func findByName(_ candidates: [String]) -> ImageRecord? {
        let ids = ((try? FileSystem.list(layout.imagesDir)) ?? []).filter(Identifier.isFullID).sorted()
        let files = ids.compactMap { id in (try? FileSystem.readFile(layout.imageDir(id) + "/image.json")).map { (id, $0) } }
        for candidate in candidates {
            guard let needle = try? JSONFile.canonicalBytes(candidate, what: "a name") else { continue }
            for (id, bytes) in files where Self.contains(bytes, needle) {
                let path = layout.imageDir(id) + "/image.json"
                if let record = try? JSONFile.decode(ImageRecord.self, bytes, path: path), record.names.contains(candidate) {
                    return record
                }
            }
        }
        return nil
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                for i in 0...(h.count - n.count) where h[i] == first {
                    if memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                }
                return false
            }
        }
    }

    public func require(_ text: String) throws(HullError) -> ImageRecord {
        guard let record = try find(text) else { throw HullError.noSuchImage(text) }
        return record
    }

    /// The fully qualified names a user's text may mean, most specific first.
    public static func candidateNames(_ text: String) -> [String] {
        var out: [String] = []
        if ImageReference.hasRegistry(text) {
            if let ref = try? ImageReference.parse(text) { out.append(ref.description) }
            return out
        }
        for registry in ["localhost", ImageReference.defaultRegistry] {
            if let ref = try? ImageReference.parse(text, defaultRegistry: registry), ref.digest == nil {
                out.append(ref.description)
            }
        }
        return out
    }

    /// Stores an image. Its names are taken from any image that had them.
    /// Call with the store lock held.
    public func add(configBytes: [UInt8], names: [String], digest: String?, layerSizes: Int64,
                    repoDigest: String? = nil) throws(HullError) -> ImageRecord {
        let id = SHA256Hasher.hexDigest(of: configBytes)
        let config: ImageConfig
        do {
            config = try JSONFile.decoder.decode(ImageConfig.self, from: Data(configBytes))
        } catch {
            throw HullError(.failure, "invalid image config: \(error)", cause: error)
        }
        try untag(names, exceptImage: id)
        let dir = layout.imageDir(id)
        var record = ImageRecord(id: id, names: names, digest: digest, created: config.created ?? Date(),
                                 layers: config.rootfs.diff_ids, size: layerSizes)
        if let existing = try? JSONFile.read(ImageRecord.self, from: dir + "/image.json") {
            record.names = existing.names + names.filter { !existing.names.contains($0) }
            record.digest = digest ?? existing.digest
            record.repoDigests = existing.repoDigests
            record.namesHistory = existing.namesHistory
        }
        if record.digest == nil {
            let sizes = config.rootfs.diff_ids.map { ($0, (try? layers.record($0).size) ?? 0) }
            record.digest = LocalManifestDigest.of(configBytes: configBytes, layers: sizes)
        }
        if let repoDigest, !(record.repoDigests ?? []).contains(repoDigest) {
            record.repoDigests = (record.repoDigests ?? []) + [repoDigest]
        }
        record.rememberNames()
        if FileSystem.exists(dir + "/image.json") {
            try JSONFile.write(record, to: dir + "/image.json")
            return record
        }
        // Made whole under tmp/ and renamed in: a full disk or a kill
        // never leaves a half image in images/.
        let staging = layout.tempPath("image", id.prefix(12))
        do {
            try FileSystem.makeDirectories(staging, mode: 0o700)
            try AtomicFile.write(configBytes, to: staging + "/config.json")
            try JSONFile.write(record, to: staging + "/image.json")
            if rename(staging, dir) != 0 {
                guard errno == ENOTEMPTY || errno == EEXIST else { throw LinuxError("rename", path: dir) }
                // A directory without its record, from a hull of an older version.
                layout.sweepHalfImages()
                try check("rename", path: dir) { rename(staging, dir) }
            }
            AtomicFile.syncDirectory(layout.imagesDir)
        } catch {
            try? RootlessRemoval.removeTree(staging)
            if let e = error as? HullError { throw e }
            throw HullError(.failure, "storing image \(id): \(error)", cause: error)
        }
        return record
    }

    /// Encodes a new image's config and stores it under the store lock,
    /// once its layers are known to be there (an rmi may have removed a
    /// shared one between unpacking and now).
    public func add(config: ImageConfig, names: [String], layerSizes: Int64) throws(HullError) -> ImageRecord {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try JSONFile.encoder.encode(config))
        } catch {
            throw HullError(.failure, "encoding image config: \(error)", cause: error)
        }
        let lock = try layout.lock()
        defer { lock.unlock() }
        layout.sweepHalfImages()
        if let missing = config.rootfs.diff_ids.first(where: { !layers.has($0) }) {
            throw HullError(.failure, "layer \(missing) was removed while the image was made; try again")
        }
        return try add(configBytes: bytes, names: names, digest: nil, layerSizes: layerSizes)
    }

    /// Removes names from every image but one. Call with the store lock held.
    public func untag(_ names: [String], exceptImage id: String? = nil) throws(HullError) {
        guard !names.isEmpty else { return }
        for var other in list() where other.id != id && other.names.contains(where: names.contains) {
            other.names.removeAll(where: names.contains)
            try JSONFile.write(other, to: layout.imageDir(other.id) + "/image.json")
        }
    }

    public func save(_ record: ImageRecord) throws(HullError) {
        var record = record
        record.rememberNames()
        try JSONFile.write(record, to: layout.imageDir(record.id) + "/image.json")
    }

    /// Deletes an image and the layers nothing else uses. Call with the lock held.
    public func remove(_ id: String) throws(HullError) {
        // Renamed away first: gone from every listing at once, and what a
        // removal cut short leaves is tmp/ garbage the next hull sweeps.
        let trash = layout.tempPath("rmimage", id)
        if rename(layout.imageDir(id), trash) != 0 && errno != ENOENT {
            throw HullError(.failure, "removing image \(id): \(LinuxError("rename", path: layout.imageDir(id)).reason)")
        }
        do {
            try FileSystem.removeTree(trash)
        } catch {
            throw HullError(.failure, "removing image \(id): \(error)", cause: error)
        }
        let referenced = Set(list().flatMap(\.layers))
        layers.removeUnused(referenced: referenced)
    }
}
