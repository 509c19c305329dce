#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Pushes a stored image: each layer the registry lacks is uploaded (or
/// mounted from the repository it was pulled from), then the config, then
/// an OCI manifest naming them. Layers are rebuilt from their tar-split
/// data, so the image keeps its ID on the other side.
public struct ImagePusher: Sendable {
    public let layout: StoreLayout
    public let options: RegistryOptions
    public let observer: any TransferObserver
    /// Blobs larger than this go up in chunks (PATCH), smaller in one PUT.
    public var chunkSize: Int64 = 32 << 20

    public init(layout: StoreLayout, options: RegistryOptions, observer: any TransferObserver = SilentTransferObserver()) {
        self.layout = layout
        self.options = options
        self.observer = observer
    }

    /// Returns the digest of the pushed manifest.
    public func push(_ image: String, to destination: ImageReference) throws(HullError) -> String {
        let store = ImageStore(layout: layout)
        let record = try store.require(image)
        let configBytes: [UInt8]
        do {
            configBytes = try FileSystem.readFile(layout.imageDir(record.id) + "/config.json")
        } catch {
            throw HullError(.failure, "reading image \(record.id): \(error)", cause: error)
        }
        let session = RegistrySession(registry: destination.registry, repository: destination.repository, push: true, options: options)
        let client = try session.makeClient()
        observer.note("Getting image source signatures")
        let layers = LayerStore(layout: layout)
        layout.sweepTmp()
        var descriptors: [Descriptor] = []
        for diffID in record.layers {
            descriptors.append(try pushLayer(diffID, record: record, layers: layers, session: session, client: client))
        }
        let configDigest = "sha256:" + SHA256Hasher.hexDigest(of: configBytes)
        try upload(.bytes(configBytes), digest: configDigest, size: Int64(configBytes.count), session: session, client: client)
        observer.note("Copying config \(Identifier.hexPart(configDigest).prefix(10)) done")

        let manifest = ImageManifest(schemaVersion: 2, mediaType: MediaType.ociManifest,
                                     config: Descriptor(mediaType: MediaType.ociConfig, digest: configDigest, size: Int64(configBytes.count)),
                                     layers: descriptors)
        let manifestBytes = try JSONFile.canonicalBytes(manifest, what: "manifest")
        observer.note("Writing manifest to image destination")
        let tag = destination.digest ?? destination.tag ?? "latest"
        let response = try session.send(client, "PUT", "/v2/\(destination.repository)/manifests/\(tag)",
                                        headers: ["Content-Type: " + MediaType.ociManifest], body: .bytes(manifestBytes))
        guard (200..<300).contains(response.status) else {
            throw HullError(.failure, "writing manifest to \(destination): \(RegistrySession.describe(response))")
        }
        let digest = "sha256:" + SHA256Hasher.hexDigest(of: manifestBytes)
        try recordRepoDigest(record.id, destination.name + "@" + digest)
        EventLog(layout: layout).append(Event(.image, "push", id: record.id, name: destination.description))
        return digest
    }

    private func pushLayer(_ diffID: String, record: ImageRecord, layers: LayerStore,
                           session: RegistrySession, client: HTTPClient) throws(HullError) -> Descriptor {
        let stored = try layers.record(diffID)
        // The blob this layer came as, if the registry has it (or can mount
        // it from where it was pulled) nothing needs uploading.
        if let known = stored.compressedDigest, let size = stored.compressedSize,
           let type = stored.compression == "zstd" ? MediaType.ociLayerZstd : MediaType.ociLayerGzip as String? {
            var present = try exists(known, session: session, client: client)
            if !present { present = try mount(known, from: record, session: session, client: client) }
            if present {
                observer.blobFinished(known, skipped: true)
                return Descriptor(mediaType: type, digest: known, size: size)
            }
        }
        let blob = try CompressedLayer.make(diffID, layers: layers)
        defer { blob.discard() }
        observer.blobStarted(blob.digest, size: blob.size)
        if try exists(blob.digest, session: session, client: client) {
            observer.blobFinished(blob.digest, skipped: true)
        } else {
            try upload(.file(fd: blob.fd, offset: 0, length: blob.size), digest: blob.digest, size: blob.size, session: session, client: client)
            observer.blobFinished(blob.digest, skipped: false)
        }
        try layers.rememberBlob(diffID, digest: blob.digest, size: blob.size, compression: "gzip")
        return Descriptor(mediaType: MediaType.ociLayerGzip, digest: blob.digest, size: blob.size)
    }

    private func exists(_ digest: String, session: RegistrySession, client: HTTPClient) throws(HullError) -> Bool {
        let response = try session.send(client, "HEAD", "/v2/\(session.repository)/blobs/\(digest)")
        return response.status == 200
    }

    /// Cross-repository mount: the registry links a blob it already holds
    /// for another repository instead of taking it again.
    private func mount(_ digest: String, from record: ImageRecord, session: RegistrySession, client: HTTPClient) throws(HullError) -> Bool {
        let prefix = session.registry + "/"
        guard let source = (record.repoDigests ?? []).first(where: { $0.hasPrefix(prefix) }),
              let at = source.firstIndex(of: "@") else { return false }
        let repository = String(source[source.index(source.startIndex, offsetBy: prefix.count)..<at])
        guard repository != session.repository else { return false }
        let response = try session.send(client, "POST", "/v2/\(session.repository)/blobs/uploads/?mount=\(digest)&from=\(percentEncode(repository))",
                                        body: .bytes([]))
        if response.status == 201 { return true }
        if response.status == 202, let location = response.header("location") {
            // Mounting refused, an upload was opened instead: close it.
            _ = try? session.send(client, "DELETE", location)
        }
        return false
    }

    /// POST opens an upload; the blob goes in one PUT, or in PATCHes of
    /// `chunkSize` and a closing PUT when large.
    private func upload(_ body: HTTPBody, digest: String, size: Int64, session: RegistrySession, client: HTTPClient) throws(HullError) {
        if try exists(digest, session: session, client: client) { return }
        let start = try session.send(client, "POST", "/v2/\(session.repository)/blobs/uploads/", body: .bytes([]))
        guard start.status == 202, var location = start.header("location") else {
            throw HullError(.failure, "starting upload to \(session.registry)/\(session.repository): \(RegistrySession.describe(start))")
        }
        // Locations are full URLs or paths on the registry; send takes both.
        var finalBody = body
        if case .file(let fd, _, let length) = body, length > chunkSize {
            var offset: Int64 = 0
            while offset < length {
                let n = min(chunkSize, length - offset)
                let response = try session.send(client, "PATCH", location,
                                                headers: ["Content-Type: application/octet-stream", "Content-Range: \(offset)-\(offset + n - 1)"],
                                                body: .file(fd: fd, offset: offset, length: n))
                guard response.status == 202, let next = response.header("location") else {
                    throw HullError(.failure, "uploading \(digest): \(RegistrySession.describe(response))")
                }
                location = next
                offset += n
                observer.blobProgress(digest, bytes: offset)
            }
            finalBody = .bytes([])
        }
        let url = location + (location.contains("?") ? "&" : "?") + "digest=" + percentEncode(digest)
        let response = try session.send(client, "PUT", url, headers: ["Content-Type: application/octet-stream"], body: finalBody)
        guard response.status == 201 else {
            throw HullError(.failure, "uploading \(digest): \(RegistrySession.describe(response))")
        }
    }


    private func recordRepoDigest(_ id: String, _ repoDigest: String) throws(HullError) {
        let store = ImageStore(layout: layout)
        let lock = try layout.lock()
        defer { lock.unlock() }
        guard var record = try? store.requireByID(id) else { return }
        if !(record.repoDigests ?? []).contains(repoDigest) {
            record.repoDigests = (record.repoDigests ?? []) + [repoDigest]
            try store.save(record)
        }
    }
}
