#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The archive formats `hull save` writes and `hull load` reads.
public enum ImageArchiveFormat: String, CaseIterable, Sendable {
    /// `docker save`'s: manifest.json, <config>.json, one <diffid>.tar per layer.
    case dockerArchive = "docker-archive"
    /// An OCI image layout (oci-layout, index.json, blobs/sha256/) in a tar.
    case ociArchive = "oci-archive"
}

/// `hull save`: images as one tar, layers rebuilt byte-exact from their
/// tar-split data and stored uncompressed (their digests are then their
/// diff ids, which every reader checks).
public struct ImageArchiveWriter {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public func save(_ images: [String], format: ImageArchiveFormat, to fd: Int32) throws(HullError) {
        let store = ImageStore(layout: layout)
        var chosen: [(record: ImageRecord, names: [String], config: [UInt8])] = []
        for text in images {
            let record = try store.require(text)
            let config: [UInt8]
            do {
                config = try FileSystem.readFile(layout.imageDir(record.id) + "/config.json")
            } catch {
                throw HullError(.failure, "reading image \(record.id): \(error)", cause: error)
            }
            // A name asked for is saved as that name; an ID saves no name
            // (as Podman: loading it gives a nameless image).
            let asked = ImageStore.candidateNames(text).first(where: record.names.contains)
            chosen.append((record, asked.map { [$0] } ?? [], config))
        }
        guard let archive = archive_write_new() else { throw HullError(.failure, "out of memory") }
        defer { archive_write_free(archive) }
        archive_write_set_format_pax_restricted(archive)
        guard archive_write_open_fd(archive, fd) == ARCHIVE_OK else {
            throw HullError(.failure, "writing archive: " + LayerExtractor.errorString(archive))
        }
        let writer = EntryWriter(archive: archive, layers: LayerStore(layout: layout))
        switch format {
        case .dockerArchive:
            var manifest: [[String: JSONValue]] = []
            var written = Set<String>()
            for image in chosen {
                let configName = Identifier.hexPart(image.record.id) + ".json"
                if written.insert(configName).inserted { try writer.file(configName, image.config) }
                var layerNames: [JSONValue] = []
                for diffID in image.record.layers {
                    let name = Identifier.hexPart(diffID) + ".tar"
                    if written.insert(name).inserted { try writer.layer(name, diffID) }
                    layerNames.append(.string(name))
                }
                manifest.append(["Config": .string(configName), "RepoTags": .array(image.names.map { .string($0) }),
                                 "Layers": .array(layerNames)])
            }
            try writer.file("manifest.json", try Self.encode(JSONValue.array(manifest.map { .object($0) })))
        case .ociArchive:
            try writer.file("oci-layout", Array(#"{"imageLayoutVersion":"1.0.0"}"#.utf8))
            var entries: [JSONValue] = []
            var written = Set<String>()
            for image in chosen {
                var layers: [Descriptor] = []
                for diffID in image.record.layers {
                    let size = try LayerStore(layout: layout).record(diffID).size
                    let name = "blobs/sha256/" + Identifier.hexPart(diffID)
                    if written.insert(name).inserted { try writer.layer(name, diffID) }
                    layers.append(Descriptor(mediaType: MediaType.ociLayer, digest: diffID, size: size))
                }
                let configDigest = "sha256:" + Identifier.hexPart(image.record.id)
                if written.insert(configDigest).inserted {
                    try writer.file("blobs/sha256/" + Identifier.hexPart(image.record.id), image.config)
                }
                let manifest = ImageManifest(schemaVersion: 2, mediaType: MediaType.ociManifest,
                                             config: Descriptor(mediaType: MediaType.ociConfig, digest: configDigest, size: Int64(image.config.count)),
                                             layers: layers)
                let bytes = try Self.encode(manifest)
                let digest = SHA256Hasher.hexDigest(of: bytes)
                if written.insert(digest).inserted { try writer.file("blobs/sha256/" + digest, bytes) }
                for name in image.names.isEmpty ? [nil] : image.names.map(Optional.some) {
                    var entry: [String: JSONValue] = ["mediaType": .string(MediaType.ociManifest),
                                                      "digest": .string("sha256:" + digest), "size": .number(Double(bytes.count))]
                    if let name { entry["annotations"] = .object(["org.opencontainers.image.ref.name": .string(name)]) }
                    entries.append(.object(entry))
                }
            }
            try writer.file("index.json", try Self.encode(JSONValue.object(["schemaVersion": .number(2), "manifests": .array(entries)])))
        }
        guard archive_write_close(archive) == ARCHIVE_OK else {
            throw HullError(.failure, "writing archive: " + LayerExtractor.errorString(archive))
        }
        let events = EventLog(layout: layout)
        for item in chosen { events.append(Event(.image, "save", id: item.record.id, name: item.names.joined(separator: ","))) }
    }

    static func encode<T: Encodable>(_ value: T) throws(HullError) -> [UInt8] {
        try JSONFile.canonicalBytes(value, what: "archive metadata")
    }
}

/// Adds regular-file entries to a tar being written.
private struct EntryWriter {
    let archive: OpaquePointer
    let layers: LayerStore

    private func header(_ name: String, size: Int64) throws(HullError) {
        guard let entry = archive_entry_new() else { throw HullError(.failure, "out of memory") }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname(entry, name)
        archive_entry_set_filetype(entry, 0o100000)  // AE_IFREG
        archive_entry_set_perm(entry, 0o644)
        archive_entry_set_size(entry, size)
        archive_entry_set_mtime(entry, 0, 0)
        guard archive_write_header(archive, entry) >= ARCHIVE_WARN else {
            throw HullError(.failure, "writing archive: " + LayerExtractor.errorString(archive))
        }
    }

    func file(_ name: String, _ bytes: [UInt8]) throws(HullError) {
        try header(name, size: Int64(bytes.count))
        let n = bytes.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
        guard n == bytes.count else { throw HullError(.failure, "writing archive: " + LayerExtractor.errorString(archive)) }
    }

    func layer(_ name: String, _ diffID: String) throws(HullError) {
        try header(name, size: try layers.record(diffID).size)
        let archive = self.archive
        try TarSplitAssembler(layers: layers).write(diffID) { chunk in
            archive_write_data(archive, chunk.baseAddress, chunk.count) == chunk.count
        }
    }
}
