#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CHull
import HullLinux
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Pulls an image from a registry into the store: resolves the manifest
/// (choosing a platform from an index), checks the config, then downloads
/// the missing layers side by side, each unpacked while it streams in, its
/// digests checked before it is renamed into the layer store. The image
/// record is written last, so a pull that fails or is killed at any point
/// leaves no image that names an absent layer.
public struct ImagePuller: Sendable {
    public let layout: StoreLayout
    public let options: RegistryOptions
    public let platform: PlatformChoice
    public let observer: any TransferObserver
    /// Layers fetched at once.
    public var width = 3

    public init(layout: StoreLayout, options: RegistryOptions, platform: PlatformChoice = .host,
                observer: any TransferObserver = SilentTransferObserver()) {
        self.layout = layout
        self.options = options
        self.platform = platform
        self.observer = observer
    }

    public func pull(_ reference: ImageReference) throws(HullError) -> ImageRecord {
        let session = RegistrySession(registry: reference.registry, repository: reference.repository,
                                      push: false, options: options)
        let client = try session.makeClient()
        observer.note("Trying to pull \(reference)...")
        let top = try ManifestReader(session: session).fetch(reference.digest ?? reference.tag ?? "latest", client: client)
        let manifest: ImageManifest
        switch top.manifest {
        case .image(let m):
            manifest = m
        case .index(let index):
            guard let entry = platform.select(from: index) else {
                let offered = index.manifests.compactMap { $0.platform.map { "\($0.os)/\($0.architecture)" + ($0.variant.map { "/" + $0 } ?? "") } }
                throw HullError(.failure, "\(reference) has no image for \(platform) (it has: \(offered.joined(separator: ", ")))")
            }
            let chosen = try ManifestReader(session: session).fetch(entry.digest, client: client)
            guard case .image(let m) = chosen.manifest else {
                throw HullError(.failure, "\(reference): an index entry points to another index")
            }
            manifest = m
        }
        try Self.check(manifest)
        observer.note("Getting image source signatures")

        let blobs = BlobReader(session: session)
        let configBytes = try blobs.fetch(manifest.config, client: client)
        let config: ImageConfig
        do {
            config = try JSONFile.decoder.decode(ImageConfig.self, from: Data(configBytes))
        } catch {
            throw HullError(.failure, "invalid image config \(manifest.config.digest): \(error)", cause: error)
        }
        let diffIDs = config.rootfs.diff_ids
        guard diffIDs.count == manifest.layers.count else {
            throw HullError(.failure, "invalid image: the manifest lists \(manifest.layers.count) layers, the config \(diffIDs.count)")
        }

        try layout.prepare()
        layout.sweepTmp()
        let layers = LayerStore(layout: layout)
        var missing: [Int] = []
        for (i, layer) in manifest.layers.enumerated() {
            if layers.has(diffIDs[i]) {
                observer.blobFinished(layer.digest, skipped: true)
            } else if !missing.contains(where: { diffIDs[$0] == diffIDs[i] }) {
                missing.append(i)
            }
        }
        try fetchLayers(missing.map { (manifest.layers[$0], diffIDs[$0]) }, session: session, into: layers)
        observer.note("Copying config \(Identifier.hexPart(manifest.config.digest).prefix(10)) done")
        observer.note("Writing manifest to image destination")

        var size: Int64 = 0
        for diffID in diffIDs { size += (try? layers.record(diffID).size) ?? 0 }
        let lock = try layout.lock()
        defer { lock.unlock() }
        if let gone = diffIDs.first(where: { !layers.has($0) }) {
            throw HullError(.failure, "layer \(gone) was removed while the image was pulled; try again")
        }
        let names = reference.digest == nil ? [reference.description] : []
        let record = try ImageStore(layout: layout).add(configBytes: configBytes, names: names, digest: top.digest,
                                                        layerSizes: size, repoDigest: reference.name + "@" + top.digest)
        // Podman's pull event carries the name pulled, not the id.
        EventLog(layout: layout).append(Event(.image, "pull", name: reference.description))
        return record
    }

    /// Refuses what hull cannot unpack before anything is downloaded.
    static func check(_ manifest: ImageManifest) throws(HullError) {
        if let type = manifest.config.mediaType, !MediaType.configs.contains(type) {
            throw HullError(.failure, "not a container image: config media type \"\(type)\"")
        }
        for layer in manifest.layers {
            guard let type = layer.mediaType, MediaType.layers.contains(type) else {
                throw HullError(.failure, "unsupported layer media type \"\(layer.mediaType ?? "none")\" of \(layer.digest)")
            }
            guard ImageReference.isValidDigest(layer.digest), layer.digest.hasPrefix("sha256:") else {
                throw HullError(.failure, "invalid layer digest \"\(layer.digest)\"")
            }
        }
    }

    private func fetchLayers(_ jobs: [(Descriptor, String)], session: RegistrySession, into layers: LayerStore) throws(HullError) {
        let failures = Mutex<[HullError]>([])
        let failed = Atomic<Bool>(false)
        // Writing to a pipe whose reader gave up must fail with EPIPE, not
        // kill hull; the disposition is put back for the container's sake.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let observer = self.observer
        WorkerThreads.forEach(jobs.count, width: width) { i in
            let (descriptor, diffID) = jobs[i]
            do throws(HullError) {
                try Self.fetchLayer(descriptor, diffID: diffID, session: session, into: layers,
                                    observer: observer, cancelled: { failed.load(ordering: .relaxed) })
            } catch {
                failed.store(true, ordering: .relaxed)
                failures.withLock { $0.append(error) }
            }
        }
        if let first = failures.withLock({ $0.first }) { throw first }
    }

    /// One layer: a download thread writes the blob into a pipe that this
    /// thread unpacks from, so nothing is staged twice on disk.
    private static func fetchLayer(_ descriptor: Descriptor, diffID: String, session: RegistrySession, into layers: LayerStore,
                                   observer: any TransferObserver, cancelled: @escaping @Sendable () -> Bool) throws(HullError) {
        var ends: [Int32] = [0, 0]
        guard hull_pipe_cloexec(&ends) == 0 else { throw HullError(.failure, "pipe: \(LinuxError("pipe2").reason)") }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        // F_SETPIPE_SZ (glibc hides it without _GNU_SOURCE): a 1 MiB pipe
        // lets the download run ahead of the unpacker.
        _ = fcntl(writeEnd, 1031, 1 << 20)
        observer.blobStarted(descriptor.digest, size: descriptor.size)
        let downloadError = Mutex<HullError?>(nil)
        let download = WorkerThreads.start {
            defer { close(writeEnd) }
            do throws(HullError) {
                let client = try session.makeClient()
                try BlobReader(session: session).stream(descriptor, client: client, progress: { observer.blobProgress(descriptor.digest, bytes: $0) }) { chunk in
                    if cancelled() { return false }
                    return FileSystem.writeAll(writeEnd, chunk)
                }
            } catch {
                downloadError.withLock { $0 = error }
            }
        }
        guard let download else {
            close(readEnd); close(writeEnd)
            throw HullError(.failure, "cannot start a download thread")
        }
        var unpackError: HullError?
        do {
            _ = try layers.add(from: readEnd, source: "blob \(descriptor.digest)",
                               expected: .init(blobDigest: descriptor.digest, diffID: diffID))
        } catch {
            unpackError = error
        }
        close(readEnd)
        pthread_join(download, nil)
        // The download's own failure says more than the unpacker's "truncated".
        if let error = downloadError.withLock({ $0 }) { throw error }
        if let unpackError { throw unpackError }
        observer.blobFinished(descriptor.digest, skipped: false)
    }
}

/// Fetches manifests by tag or digest and checks the digest of what came.
struct ManifestReader {
    let session: RegistrySession

    struct Fetched {
        var manifest: FetchedManifest
        var bytes: [UInt8]
        var digest: String
    }

    func fetch(_ tagOrDigest: String, client: HTTPClient) throws(HullError) -> Fetched {
        let response = try session.send(client, "GET", "/v2/\(session.repository)/manifests/\(tagOrDigest)",
                                        headers: ["Accept: " + MediaType.manifestAccept.joined(separator: ", ")])
        guard response.status == 200 else {
            throw HullError(.failure, "reading manifest \(tagOrDigest) in \(session.registry)/\(session.repository): \(RegistrySession.describe(response))")
        }
        let digest = "sha256:" + SHA256Hasher.hexDigest(of: response.body)
        if tagOrDigest.contains(":"), tagOrDigest != digest {
            throw HullError(.failure, "manifest \(tagOrDigest): digest mismatch: got \(digest)")
        }
        return Fetched(manifest: try FetchedManifest.parse(response.body, contentType: response.header("content-type")),
                       bytes: response.body, digest: digest)
    }
}
