import HullLinux

/// The volumes a starting container copies the image's content into. Their
/// locks are held from before the spec is built until the child has exec'd,
/// so two containers starting at once never both copy into one volume.
final class VolumeCopyUp {
    private let store: VolumeStore
    private var pending: [(String, FileLock)] = []

    private init(store: VolumeStore) {
        self.store = store
    }

    static func begin(_ config: ContainerConfig, layout: StoreLayout) throws(HullError) -> VolumeCopyUp {
        let copy = VolumeCopyUp(store: VolumeStore(layout: layout))
        for m in config.mounts ?? [] where m.type == .volume && m.noCopy != true {
            // One volume at two paths (`-v v:/a -v v:/b`): its lock once.
            // flock(2) locks belong to an open file, so a second open of
            // the lock file in this same process would wait for the first
            // one forever.
            if copy.pending.contains(where: { $0.0 == m.source }) { continue }
            guard let record = try? copy.store.load(m.source), record.needsCopyUp else { continue }
            copy.pending.append((m.source, try copy.store.copyUpLock(m.source)))
        }
        return copy
    }

    /// The child copied (or found the volume in use already): never again.
    func finish() {
        for (name, lock) in pending {
            if var record = try? store.load(name), record.needsCopyUp {
                record.needsCopyUp = false
                try? store.save(record)
            }
            lock.unlock()
        }
        pending = []
    }
}
