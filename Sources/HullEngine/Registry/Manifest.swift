#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Media types of the OCI image spec and Docker's schema 2, the two
/// manifest families every registry serves.
public enum MediaType {
    public static let ociIndex = "application/vnd.oci.image.index.v1+json"
    public static let ociManifest = "application/vnd.oci.image.manifest.v1+json"
    public static let ociConfig = "application/vnd.oci.image.config.v1+json"
    public static let ociLayer = "application/vnd.oci.image.layer.v1.tar"
    public static let ociLayerGzip = "application/vnd.oci.image.layer.v1.tar+gzip"
    public static let ociLayerZstd = "application/vnd.oci.image.layer.v1.tar+zstd"
    public static let dockerList = "application/vnd.docker.distribution.manifest.list.v2+json"
    public static let dockerManifest = "application/vnd.docker.distribution.manifest.v2+json"
    public static let dockerConfig = "application/vnd.docker.container.image.v1+json"
    public static let dockerLayer = "application/vnd.docker.image.rootfs.diff.tar.gzip"
    public static let dockerForeignLayer = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip"

    /// What a pull asks for, most wanted first.
    public static let manifestAccept = [ociIndex, dockerList, ociManifest, dockerManifest]

    static let layers: Set<String> = [
        ociLayer, ociLayerGzip, ociLayerZstd, dockerLayer, dockerForeignLayer,
        "application/vnd.oci.image.layer.nondistributable.v1.tar",
        "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
        "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd",
    ]
    static let configs: Set<String> = [ociConfig, dockerConfig]
}

/// A pointer to content by digest, as manifests and indexes list it.
public struct Descriptor: Codable, Equatable, Sendable {
    public var mediaType: String?
    public var digest: String
    public var size: Int64
    public var platform: ManifestPlatform?
    public var urls: [String]?
    public var annotations: [String: String]?

    public init(mediaType: String?, digest: String, size: Int64) {
        self.mediaType = mediaType
        self.digest = digest
        self.size = size
    }
}

public struct ManifestPlatform: Codable, Equatable, Sendable {
    public var architecture: String
    public var os: String
    public var variant: String?
}

/// An image manifest (OCI or Docker schema 2): one config, ordered layers.
public struct ImageManifest: Codable, Equatable, Sendable {
    public var schemaVersion: Int
    public var mediaType: String?
    public var config: Descriptor
    public var layers: [Descriptor]
}

/// A manifest list / OCI index: one manifest per platform.
public struct ManifestIndex: Codable, Equatable, Sendable {
    public var schemaVersion: Int
    public var mediaType: String?
    public var manifests: [Descriptor]
}

/// A manifest as fetched, told apart by its media type or its shape.
public enum FetchedManifest {
    case image(ImageManifest)
    case index(ManifestIndex)

    public static func parse(_ bytes: [UInt8], contentType: String?) throws(HullError) -> FetchedManifest {
        struct Shape: Decodable {
            var schemaVersion: Int?
            var mediaType: String?
            var manifests: [Descriptor]?
            var config: Descriptor?
        }
        let data = Data(bytes)
        let shape: Shape
        do {
            shape = try JSONDecoder().decode(Shape.self, from: data)
        } catch {
            throw HullError(.failure, "malformed manifest: not valid JSON (\(error))")
        }
        if shape.schemaVersion == 1 {
            throw HullError(.failure, "unsupported manifest: Docker schema 1 is obsolete; push the image again with a current client")
        }
        let type = [contentType?.split(separator: ";").first.map { String($0).trimmed }, shape.mediaType]
            .compactMap { $0 }.first { $0 != "application/json" && !$0.isEmpty }
        do {
            switch type {
            case MediaType.ociIndex?, MediaType.dockerList?:
                return .index(try JSONDecoder().decode(ManifestIndex.self, from: data))
            case MediaType.ociManifest?, MediaType.dockerManifest?:
                return .image(try JSONDecoder().decode(ImageManifest.self, from: data))
            case nil where shape.manifests != nil:
                return .index(try JSONDecoder().decode(ManifestIndex.self, from: data))
            case nil where shape.config != nil:
                return .image(try JSONDecoder().decode(ImageManifest.self, from: data))
            default:
                throw HullError(.failure, "unsupported manifest media type \"\(type ?? "none")\"")
            }
        } catch let error as HullError {
            throw error
        } catch {
            throw HullError(.failure, "malformed manifest: \(error)", cause: error)
        }
    }
}

/// The os/arch[/variant] an image is chosen for from an index.
public struct PlatformChoice: Equatable, Sendable, CustomStringConvertible {
    public var os: String
    public var architecture: String
    public var variant: String?

    public static var host: PlatformChoice {
        PlatformChoice(os: "linux", architecture: Platform.goArchitecture,
                       variant: Platform.goArchitecture == "arm64" ? "v8" : nil)
    }

    public init(os: String, architecture: String, variant: String?) {
        self.os = os
        self.architecture = architecture
        self.variant = variant
    }

    /// `os/arch[/variant]`, as `--platform` takes it.
    public static func parse(_ text: String) throws(HullError) -> PlatformChoice {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else {
            throw HullError(.failure, "invalid platform \"\(text)\": expected OS/ARCH[/VARIANT]")
        }
        return PlatformChoice(os: parts[0], architecture: parts[1], variant: parts.count == 3 ? parts[2] : nil)
    }

    public var description: String { [os, architecture, variant].compactMap { $0 }.joined(separator: "/") }

    /// The index entry for this platform; a variant is matched when both
    /// sides name one (arm64 images often leave it out).
    public func select(from index: ManifestIndex) -> Descriptor? {
        let candidates = index.manifests.filter {
            $0.platform?.os == os && $0.platform?.architecture == architecture
        }
        if let variant, let exact = candidates.first(where: { $0.platform?.variant == variant }) { return exact }
        return candidates.first { $0.platform?.variant == nil || variant == nil } ?? candidates.first
    }
}
