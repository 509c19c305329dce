#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A pod as `pod create` asked for it: `pods/<id>/pod.json`. Its state is
/// not stored; it is derived from its containers (see PodStatus).
public struct PodRecord: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var created: Date
    public var labels: [String: String]
    public var hostname: String?
    /// Namespaces the members share with the infra container (PodShare).
    public var share: [String]
    public var infra: Bool
    /// Made with the pod's first member, from that member's image: the
    /// infra process is hull's own init pausing, so no pause image is needed.
    public var infraContainerID: String?
    /// "continue" or "stop": whether the pod stops when its last member exits.
    public var exitPolicy: String
    /// Pod-level -p and --network, applied to the infra container.
    public var publish: [String]
    public var network: [String]
}

extension PodRecord {
    /// A pod with Podman's defaults: infra, ipc/net/uts shared.
    public static func new(name: String?) -> PodRecord {
        let id = Identifier.random()
        return PodRecord(id: id, name: name ?? NameGenerator.generate() + "_pod", created: Date(), labels: [:], hostname: nil,
                         share: PodShare.defaults, infra: true, infraContainerID: nil, exitPolicy: "continue",
                         publish: [], network: [])
    }
}
