/// The maps of an unprivileged user's namespace, as Podman makes them: the
/// user's own id is root inside, and the subordinate ranges follow from 1.
public enum RootlessIDMaps {
    public static func maps(ownID: UInt32, subordinate: [SubordinateRange]) -> [IDMapping] {
        var maps = [IDMapping(containerID: 0, hostID: ownID, size: 1)]
        var next: UInt64 = 1
        for range in subordinate {
            // Ranges that would run past 2^32 ids inside are cut off.
            let size = min(UInt64(range.count), (1 << 32) - 1 - next)
            guard size > 0 else { break }
            maps.append(IDMapping(containerID: UInt32(next), hostID: range.start, size: UInt32(size)))
            next += size
        }
        return maps
    }

    /// Only the user's own id: what a user without subordinate ids gets.
    public static func isSingle(_ maps: [IDMapping], ownID: UInt32) -> Bool {
        maps == [IDMapping(containerID: 0, hostID: ownID, size: 1)]
    }
}
