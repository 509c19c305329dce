import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The child's mount steps for a container's own mounts. Every target is
/// resolved inside the root by the child (RESOLVE_IN_ROOT), and created
/// there when missing, so an image's symlink never sends a mount outside.
struct MountSteps {
    let layout: StoreLayout
    var volumes: VolumeStore { VolumeStore(layout: layout) }

    /// The user's mounts go before the generated /etc files (a volume on
    /// /etc must not hide /etc/hosts), and replace the generated file they
    /// name (`-v ./hosts:/etc/hosts`), as in Podman.
    static func placed(_ user: [MountStep], mounts: [MountSpec], among standard: [MountStep]) -> [MountStep] {
        guard !user.isEmpty else { return standard }
        let targets = Set(mounts.map(\.destination))
        var steps = standard.filter { !($0.target.hasPrefix("/etc/") && targets.contains($0.target)) }
        let at = steps.firstIndex { $0.target.hasPrefix("/etc/") } ?? steps.count
        steps.insert(contentsOf: user, at: at)
        return steps
    }

    /// Parents before children, so `-v a:/d -v b:/d/sub` nests as asked.
    func steps(for mounts: [MountSpec]) throws(HullError) -> [MountStep] {
        let ordered = mounts.enumerated().sorted { a, b in
            let da = a.element.destination.split(separator: "/").count, db = b.element.destination.split(separator: "/").count
            return da != db ? da < db : a.offset < b.offset
        }.map(\.element)
        var steps: [MountStep] = []
        for m in ordered {
            switch m.type {
            case .tmpfs: steps.append(Self.tmpfs(m))
            case .bind: steps += try bind(m, source: m.source)
            case .volume:
                let record: VolumeRecord
                do { record = try volumes.load(m.source) } catch { throw error.with(code: .failure) }
                if record.isTmpfs {
                    var t = m
                    t.tmpfsOptions = record.tmpfsOptions
                    t.exec = true
                    steps.append(Self.tmpfs(t))
                    continue
                }
                let data = volumes.mountpoint(record)
                if record.needsCopyUp && m.noCopy != true {
                    steps.append(MountStep(kind: .copyUp, source: data, target: m.destination))
                }
                steps += try bind(m, source: data)
            }
        }
        return steps
    }

    /// A bind, then a remount for the flags a bind cannot take at once.
    /// The remount keeps the source's own nosuid/nodev/noexec/ro: in a user
    /// namespace the kernel refuses to clear those.
    func bind(_ m: MountSpec, source: String) throws(HullError) -> [MountStep] {
        var st = stat()
        guard stat(source, &st) == 0 else {
            throw HullError(.failure, "statfs \(source): \(LinuxError("stat", errno: errno).reason)")
        }
        let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
        var steps = [MountStep(source: source, target: m.destination,
                               flags: UInt(MS_BIND) | (m.nonRecursive == true ? 0 : UInt(MS_REC)),
                               targetIsFile: !isDirectory)]
        var flags: UInt = 0
        if m.readOnly { flags |= UInt(MS_RDONLY) }
        if m.suid == false || (m.type == .volume && m.suid != true) { flags |= UInt(MS_NOSUID) }
        if m.dev == false || (m.type == .volume && m.dev != true) { flags |= UInt(MS_NODEV) }
        if m.exec == false { flags |= UInt(MS_NOEXEC) }
        if flags != 0 {
            var vfs = statvfs()
            if statvfs(source, &vfs) == 0 {
                flags |= UInt(vfs.f_flag) & UInt(MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)
            }
            steps.append(MountStep(target: m.destination, flags: UInt(MS_BIND | MS_REMOUNT) | flags))
        }
        if let p = m.propagation, p != "rprivate" {
            let kind: Int32
            switch p.hasPrefix("r") ? String(p.dropFirst()) : p {
            case "shared": kind = Int32(MS_SHARED)
            case "slave": kind = Int32(MS_SLAVE)
            case "unbindable": kind = Int32(MS_UNBINDABLE)
            default: kind = Int32(MS_PRIVATE)
            }
            steps.append(MountStep(target: m.destination, flags: UInt(kind) | (p.hasPrefix("r") ? UInt(MS_REC) : 0)))
        }
        return steps
    }

    /// Docker's tmpfs defaults are rw,noexec,nosuid,nodev.
    static func tmpfs(_ m: MountSpec) -> MountStep {
        var flags: UInt = 0
        if m.readOnly { flags |= UInt(MS_RDONLY) }
        if m.exec != true { flags |= UInt(MS_NOEXEC) }
        if m.suid != true { flags |= UInt(MS_NOSUID) }
        if m.dev != true { flags |= UInt(MS_NODEV) }
        let data = m.tmpfsOptions ?? []
        return MountStep(source: "tmpfs", target: m.destination, fstype: "tmpfs",
                         data: data.isEmpty ? nil : data.joined(separator: ","), flags: flags)
    }
}
