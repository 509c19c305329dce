import HullLinux

/// `ps --size`: what a container wrote (its overlay's upper layer) and
/// that plus its image, Podman's rwSize and rootFsSize.
public struct ContainerSize: Sendable, Equatable {
    public var rw: Int64
    public var rootFs: Int64

    public init(rw: Int64, rootFs: Int64) {
        self.rw = rw
        self.rootFs = rootFs
    }

    /// Walks the container's upper layer; `imageSizes` by image id.
    public static func measure(_ c: Container, store: ContainerStore, imageSizes: [String: Int64]) -> ContainerSize {
        let rw = FileSystem.treeSize(store.upperDir(c.id))
        return ContainerSize(rw: rw, rootFs: rw + (imageSizes[c.config.imageID] ?? 0))
    }
}
