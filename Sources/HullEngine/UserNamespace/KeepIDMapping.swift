import HullLinux

/// `--userns=keep-id` as Podman maps it. Ids are first given in the
/// coordinates of the user's own namespace ("intermediate" ids: 0 is the
/// user, 1... its subordinate ids): the container's `id` is the user, the
/// ids below it are the first subordinate ids, the ids above it the rest.
/// Composed with the user's namespace they are what newuidmap writes.
public enum KeepIDMapping {
    /// - id: the container id the user becomes (its own uid, or keep-id:uid=N).
    /// - available: how many subordinate ids the user has.
    public static func intermediate(id: UInt32, available: UInt32) -> [IDMapping] {
        var maps: [IDMapping] = []
        if available > 0 && id > 0 {
            maps.append(IDMapping(containerID: 0, hostID: 1, size: min(id, available)))
        }
        maps.append(IDMapping(containerID: id, hostID: 0, size: 1))
        if available > id {
            maps.append(IDMapping(containerID: id + 1, hostID: id + 1, size: available - id))
        }
        return maps
    }

    /// `inner` (container -> intermediate) followed by `outer` (intermediate
    /// -> host): container -> host, split where `outer`'s ranges split.
    public static func compose(_ inner: [IDMapping], _ outer: [IDMapping]) -> [IDMapping] {
        var result: [IDMapping] = []
        for a in inner {
            let aStart = UInt64(a.hostID), aEnd = UInt64(a.hostID) + UInt64(a.size)
            for b in outer.sorted(by: { $0.containerID < $1.containerID }) {
                let bStart = UInt64(b.containerID), bEnd = UInt64(b.containerID) + UInt64(b.size)
                let start = max(aStart, bStart), end = min(aEnd, bEnd)
                guard start < end else { continue }
                result.append(IDMapping(containerID: UInt32(UInt64(a.containerID) + start - aStart),
                                        hostID: UInt32(UInt64(b.hostID) + start - bStart), size: UInt32(end - start)))
            }
        }
        return result.sorted { $0.containerID < $1.containerID }
    }

    /// How many ids the user's namespace has besides the user's own.
    public static func available(in userns: [IDMapping]) -> UInt32 {
        UInt32(min(userns.reduce(UInt64(0)) { $0 + UInt64($1.size) } - 1, UInt64(UInt32.max - 1)))
    }
}
