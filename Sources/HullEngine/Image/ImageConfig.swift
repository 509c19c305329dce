#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The OCI image configuration (application/vnd.oci.image.config.v1+json).
/// Field names follow the spec; unknown fields are dropped.
public struct ImageConfig: Codable, Equatable, Sendable {
    public var created: Date?
    public var author: String?
    public var architecture: String
    public var os: String
    public var config: ContainerDefaults?
    public var rootfs: RootFS
    public var history: [History]?

    public init(created: Date?, architecture: String, os: String, config: ContainerDefaults?,
                rootfs: RootFS, history: [History]?) {
        self.created = created
        self.architecture = architecture
        self.os = os
        self.config = config
        self.rootfs = rootfs
        self.history = history
    }

    /// What a container of this image runs with unless told otherwise.
    public struct ContainerDefaults: Codable, Equatable, Sendable {
        public var User: String?
        public var ExposedPorts: [String: EmptyObject]?
        public var Env: [String]?
        public var Entrypoint: [String]?
        public var Cmd: [String]?
        public var Volumes: [String: EmptyObject]?
        public var WorkingDir: String?
        public var Labels: [String: String]?
        public var StopSignal: String?
        /// HEALTHCHECK, in Docker's image format (OCI's config has no such field).
        public var Healthcheck: HealthConfig?

        public init() {}
    }

    public struct RootFS: Codable, Equatable, Sendable {
        public var type: String
        public var diff_ids: [String]

        public init(diffIDs: [String]) {
            type = "layers"
            diff_ids = diffIDs
        }
    }

    public struct History: Codable, Equatable, Sendable {
        public var created: Date?
        public var created_by: String?
        public var comment: String?
        public var empty_layer: Bool?

        public init(created: Date?, createdBy: String?, comment: String?) {
            self.created = created
            self.created_by = createdBy
            self.comment = comment
        }
    }
}

/// `{}` in JSON: the value type of ExposedPorts and Volumes sets.
public struct EmptyObject: Codable, Equatable, Sendable {
    public init() {}
}
