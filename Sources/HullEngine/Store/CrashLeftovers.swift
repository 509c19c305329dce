import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// What a hull process makes under `<root>/tmp` (unpacked layers, commit
/// tars, containers being made or removed) is named `KIND-<pid>.<start>-...`:
/// its owner's pid and start time. Once that process is gone, whatever way
/// it died, the entry is garbage any later hull may remove; a reused pid
/// does not keep it alive, as the start time no longer matches.
public enum TempOwner {
    /// This process, as tmp entry names carry it.
    public static let tag: String = {
        let pid = getpid()
        return ProcessTable.startTime(of: pid).map { "\(pid).\($0)" } ?? "\(pid)"
    }()

    /// The owner an entry name carries; nil for a name of another shape.
    /// Names from before start times were recorded carry the pid alone.
    public static func owner(of entry: String) -> (pid: Int32, startTime: UInt64?)? {
        let parts = entry.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        let owner = parts[1].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let pid = Int32(owner[0]), pid > 0 else { return nil }
        guard owner.count == 2 else { return (pid, nil) }
        guard let start = UInt64(owner[1]) else { return nil }
        return (pid, start)
    }

    public static func isGone(_ entry: String) -> Bool {
        guard let o = owner(of: entry) else { return false }
        return !ProcessTable.isAlive(pid: o.pid, startTime: o.startTime)
    }
}

extension StoreLayout {
    /// A path under tmp/ that this process owns, e.g. `tmp/commit-<tag>-<id>`.
    public func tempPath(_ kind: String, _ detail: some StringProtocol) -> String {
        tmpDir + "/\(kind)-\(TempOwner.tag)-\(detail)"
    }

    /// Removes what hull processes that died mid-way left in tmp/. Cheap
    /// when there is nothing to do: one readdir, and a /proc read per
    /// entry of a live hull. Returns the entries removed.
    @discardableResult
    public func sweepTmp() -> Int {
        guard let names = try? FileSystem.list(tmpDir), !names.isEmpty else { return 0 }
        var here = stat()
        guard lstat(tmpDir, &here) == 0 else { return 0 }
        var removed = 0
        for name in names where TempOwner.isGone(name) {
            let path = tmpDir + "/" + name
            // A mount left on a dead hull's mount point: removing the tree
            // would reach into the mounted file system.
            var st = stat()
            guard lstat(path, &st) == 0, st.st_dev == here.st_dev else { continue }
            if (try? RootlessRemoval.removeTree(path)) != nil { removed += 1 }
        }
        return removed
    }

    /// Image directories without their record (half made or half removed
    /// by a hull of an older version, which wrote them in place), and the
    /// temp files of record writes a kill cut short. Call with the store
    /// lock held (every image is added, renamed and removed under it).
    public func sweepHalfImages() {
        for id in ((try? FileSystem.list(imagesDir)) ?? []) {
            let dir = imageDir(id)
            guard FileSystem.exists(dir + "/image.json") else {
                let trash = tempPath("rmimage", id)
                if rename(dir, trash) == 0 { try? RootlessRemoval.removeTree(trash) }
                continue
            }
            AtomicFile.sweepTemps(in: dir)
        }
    }
}
