import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// At create: turns `-v`, `--mount`, `--tmpfs`, `--volumes-from` and the
/// image's VOLUMEs into the container's mounts. `plan` only checks (a bad
/// mount creates nothing); `materialize` then makes the volumes.
public struct MountPlanner {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public func plan(volumes: [String], mounts: [String], tmpfs: [String], volumesFrom: [String],
                     imageVolumes: [String]) throws(HullError) -> [MountSpec] {
        let cwd = Self.currentDirectory()
        var given: [MountSpec] = []
        for v in volumes { given.append(try MountParser.volume(v, cwd: cwd)) }
        for m in mounts { given.append(try MountParser.mount(m, cwd: cwd)) }
        for t in tmpfs { given.append(try MountParser.tmpfs(t)) }
        // The same mount given twice is one mount, as in Podman; only
        // different mounts on one destination are refused below.
        var specs: [MountSpec] = []
        for m in given where !specs.contains(m) { specs.append(m) }
        var seen = Set<String>()
        for m in specs where m.destination == "/" {
            throw HullError(.failure, "invalid mount destination \"/\": a mount cannot replace the container's root")
        }
        for m in specs where !seen.insert(m.destination).inserted {
            throw HullError(.failure, "\(m.destination): duplicate mount destination")
        }
        for m in specs where m.type == .bind {
            var st = stat()
            if stat(m.source, &st) != 0 {
                throw HullError(.failure, "statfs \(m.source): \(LinuxError("stat", errno: errno).reason)")
            }
        }
        for m in try inherited(volumesFrom) where seen.insert(m.destination).inserted {
            specs.append(m)
        }
        for path in imageVolumes.map(MountParser.clean).sorted() where seen.insert(path).inserted {
            var m = MountSpec(type: .volume, destination: path)
            m.anonymous = true
            specs.append(m)
        }
        return specs
    }

    /// `--volumes-from CTR[:ro|rw]`: that container's bind and volume mounts.
    func inherited(_ sources: [String]) throws(HullError) -> [MountSpec] {
        var out: [MountSpec] = []
        let store = ContainerStore(layout: layout)
        for text in sources {
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            guard let name = parts.first, parts.count == 1 || ["ro", "rw", "z", "Z"].contains(parts[1]) else {
                throw HullError(.failure, "invalid --volumes-from \"\(text)\": expected CONTAINER[:ro|rw]")
            }
            let source = try store.require(name)
            for var m in source.config.mounts ?? [] where m.type != .tmpfs {
                if parts.count == 2, parts[1] == "ro" || parts[1] == "rw" { m.readOnly = parts[1] == "ro" }
                // Still the other container's: removed with it, not with this one.
                m.anonymous = nil
                out.append(m)
            }
        }
        return out
    }

    /// Makes the volumes the mounts name (named ones only when missing).
    /// The returned reservation holds the volumes lock until the container
    /// is stored, so no `volume rm` slips in between.
    public func materialize(_ mounts: inout [MountSpec]) throws(HullError) -> VolumeReservation {
        let store = VolumeStore(layout: layout)
        guard mounts.contains(where: { $0.type == .volume }) else { return VolumeReservation(store: store, lock: nil) }
        let reservation = VolumeReservation(store: store, lock: try store.lock())
        do throws(HullError) {
            for i in mounts.indices where mounts[i].type == .volume {
                let anonymous = mounts[i].source.isEmpty
                if anonymous { mounts[i].source = VolumeStore.anonymousName() }
                var record = VolumeRecord(name: mounts[i].source, anonymous: anonymous)
                for o in mounts[i].volumeOptions ?? [] { try record.apply(option: o) }
                for l in mounts[i].volumeLabels ?? [] {
                    let kv = l.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                    record.labels[kv[0]] = kv.count > 1 ? kv[1] : ""
                }
                if try store.create(record, ifMissing: !anonymous).created {
                    reservation.created.append(mounts[i].source)
                }
            }
        } catch {
            reservation.rollBack()
            throw error
        }
        return reservation
    }

    static func currentDirectory() -> String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX))
        guard getcwd(&buf, buf.count) != nil else { return "/" }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Volumes made for a container being created, under the volumes lock.
public final class VolumeReservation {
    let store: VolumeStore
    var lock: FileLock?
    var created: [String] = []

    init(store: VolumeStore, lock: FileLock?) {
        self.store = store
        self.lock = lock
    }

    /// The container was not stored: remove what was made for it.
    public func rollBack() {
        for name in created { try? store.remove(name) }
        created = []
        release()
    }

    public func release() {
        lock?.unlock()
        lock = nil
    }
}
