#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux

/// `system df`: what the store's images, containers and volumes take, and
/// how much of it removing the unused ones would give back (Podman's
/// SystemDf report).
public struct StoreUsage: Sendable {
    public struct ImageUsage: Sendable {
        public var record: ImageRecord
        /// Bytes of layers another image holds too.
        public var sharedSize: Int64
        public var containers: Int
    }

    public struct ContainerUsage: Sendable {
        public var container: Container
        /// What it wrote (its overlay's upper layer).
        public var rwSize: Int64
        public var localVolumes: Int
    }

    public struct VolumeUsage: Sendable {
        public var name: String
        public var links: Int
        public var size: Int64
    }

    public var images: [ImageUsage] = []
    public var containers: [ContainerUsage] = []
    public var volumes: [VolumeUsage] = []

    /// One summary row: TYPE, TOTAL, ACTIVE, SIZE, RECLAIMABLE.
    public struct Summary: Sendable {
        public var type: String
        public var total: Int
        public var active: Int
        public var size: Int64
        public var reclaimable: Int64
    }

    public static func measure(layout: StoreLayout) -> StoreUsage {
        var usage = StoreUsage()
        let containers = ContainerStore(layout: layout)
        let all = containers.list()
        let layers = LayerStore(layout: layout)
        let images = ImageStore(layout: layout).list()
        var holders: [String: Int] = [:]
        for image in images {
            for layer in Set(image.layers) { holders[layer, default: 0] += 1 }
        }
        for image in images {
            let shared = Set(image.layers).filter { (holders[$0] ?? 0) > 1 }
                .reduce(Int64(0)) { $0 + ((try? layers.record($1).size) ?? 0) }
            usage.images.append(ImageUsage(record: image, sharedSize: min(shared, image.size),
                                           containers: all.filter { $0.config.imageID == image.id }.count))
        }
        var links: [String: Int] = [:]
        for c in all {
            let named = (c.config.mounts ?? []).filter { $0.type == .volume }
            for m in named { links[m.source, default: 0] += 1 }
            usage.containers.append(ContainerUsage(container: c, rwSize: FileSystem.treeSize(containers.upperDir(c.id)),
                                                   localVolumes: named.count))
        }
        let volumes = VolumeStore(layout: layout)
        for v in volumes.list() {
            usage.volumes.append(VolumeUsage(name: v.name, links: links[v.name] ?? 0,
                                             size: FileSystem.treeSize(volumes.mountpoint(v))))
        }
        return usage
    }

    /// Podman's rows: active images have a container, active containers
    /// run, active volumes are mounted by one; the rest is reclaimable.
    public var summary: [Summary] {
        let running: Set<ContainerState.Status> = [.running, .paused, .stopping]
        return [
            Summary(type: "Images", total: images.count, active: images.filter { $0.containers > 0 }.count,
                    size: images.reduce(0) { $0 + $1.record.size },
                    reclaimable: images.filter { $0.containers == 0 }.reduce(0) { $0 + $1.record.size }),
            Summary(type: "Containers", total: containers.count,
                    active: containers.filter { running.contains($0.container.state.status) }.count,
                    size: containers.reduce(0) { $0 + $1.rwSize },
                    reclaimable: containers.filter { !running.contains($0.container.state.status) }.reduce(0) { $0 + $1.rwSize }),
            Summary(type: "Local Volumes", total: volumes.count, active: volumes.filter { $0.links > 0 }.count,
                    size: volumes.reduce(0) { $0 + $1.size },
                    reclaimable: volumes.filter { $0.links == 0 }.reduce(0) { $0 + $1.size }),
        ]
    }
}

extension StoreUsage.Summary {
    /// `0B (0%)`: go-units' size and the share of the total, rounded.
    public var reclaimableText: String {
        let percent = size > 0 ? Int((Double(reclaimable) / Double(size) * 100).rounded()) : 0
        return "\(ByteSize.compact(reclaimable)) (\(percent)%)"
    }

    public var template: TemplateValue {
        .map([
            ("Type", .string(type)), ("Total", .int(Int64(total))), ("Active", .int(Int64(active))),
            ("RawSize", .int(size)), ("RawReclaimable", .int(reclaimable)), ("TotalCount", .int(Int64(total))),
            ("Size", .string(ByteSize.compact(size))), ("Reclaimable", .string(reclaimableText)),
        ])
    }
}
