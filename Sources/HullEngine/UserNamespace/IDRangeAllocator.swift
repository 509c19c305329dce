import HullLinux

/// Finds a free block of subordinate ids for `--userns=auto`: the first
/// gap of `size` ids in the ranges granted to the "containers" user that
/// no other container's map touches (containers/storage does the same).
struct IDRangeAllocator {
    let available: [SubordinateRange]
    /// Host ranges other containers map: (start, size).
    let used: [(UInt64, UInt64)]

    init(available: [SubordinateRange], used: [IDMapping]) {
        self.available = available
        self.used = used.map { (UInt64($0.hostID), UInt64($0.size)) }.sorted { $0.0 < $1.0 }
    }

    /// The first host id of a free block of `size` ids, or nil.
    func allocate(size: UInt32) -> UInt32? {
        let n = UInt64(size)
        for range in available {
            var start = UInt64(range.start)
            for (usedStart, usedSize) in used where usedStart + usedSize > start {
                if usedStart >= start + n { break }
                start = usedStart + usedSize
            }
            if start + n <= range.end { return UInt32(start) }
        }
        return nil
    }

    /// Podman's estimate when no size is given: one past the highest id
    /// the image's /etc/passwd and /etc/group name (ignoring nobody and
    /// nogroup, 65534, which would make nearly every image need 65536),
    /// at least 1024.
    static func estimateSize(passwd: String?, group: String?) -> UInt32 {
        var highest: UInt32 = 0
        for text in [passwd, group].compactMap({ $0 }) {
            for line in text.split(separator: "\n") {
                let f = line.split(separator: ":", omittingEmptySubsequences: false)
                guard f.count >= 3, f[0] != "nobody", f[0] != "nogroup" else { continue }
                let ids = [f[2]] + (f.count >= 4 && text == passwd ? [f[3]] : [])
                for id in ids.compactMap({ UInt32($0) }) where id != 65534 && id < 65536 {
                    highest = max(highest, id + 1)
                }
            }
        }
        return max(minimumSize, highest)
    }

    static let minimumSize: UInt32 = 1024
    /// containers/storage's auto-userns-max-size.
    static let maximumSize: UInt32 = 65536
}
