#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Volumes on disk: `volumes/<name>/volume.json` and `volumes/<name>/_data`.
/// A volume appears by one rename of a complete staging directory, so no
/// reader sees half of one and two creators of one name get one winner.
public struct VolumeStore: Sendable {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public var volumesDir: String { layout.root + "/volumes" }
    public func volumeDir(_ name: String) -> String { volumesDir + "/" + name }
    public func dataDir(_ name: String) -> String { volumeDir(name) + "/_data" }
    /// Where a volume's data is: its _data, or the host directory it binds.
    public func mountpoint(_ record: VolumeRecord) -> String { record.device ?? dataDir(record.name) }
    var lockPath: String { volumesDir + "/volumes.lock" }

    /// Serialises "is it in use?" with removing, and with containers
    /// starting to use volumes, so no container is left with a volume gone.
    public func lock() throws(HullError) -> FileLock {
        do {
            try FileSystem.makeDirectories(volumesDir, mode: 0o700)
            return try FileLock(path: lockPath)
        } catch {
            throw HullError(.failure, "locking the volumes: \(error)", cause: error)
        }
    }

    /// Per volume: held while a container copies the image's content into it.
    public func copyUpLock(_ name: String) throws(HullError) -> FileLock {
        do {
            return try FileLock(path: volumeDir(name) + "/copyup.lock")
        } catch {
            throw HullError(.failure, "locking volume \(name): \(error)", cause: error)
        }
    }

    /// Creates a volume; `ifMissing` returns an existing one of that name
    /// instead of failing (what `-v name:/path` does).
    @discardableResult
    public func create(_ record: VolumeRecord, ifMissing: Bool = false) throws(HullError) -> (VolumeRecord, created: Bool) {
        try MountParser.checkVolumeName(record.name)
        try record.checkOptions()
        if let device = record.device, !FileSystem.isDirectory(device) {
            throw HullError(.failure, "statfs \(device): \(FileSystem.exists(device) ? "not a directory" : "no such file or directory")")
        }
        if let existing = try? load(record.name) {
            if ifMissing { return (existing, false) }
            throw Self.exists(record.name)
        }
        try layout.prepare()
        layout.sweepTmp()
        let staging = layout.tempPath("vol", String(UInt32.random(in: 0...UInt32.max)))
        do {
            try FileSystem.makeDirectories(volumesDir, mode: 0o700)
            try check("mkdir", path: staging) { mkdir(staging, 0o700) }
            try check("mkdir", path: staging + "/_data") { mkdir(staging + "/_data", 0o755) }
            if record.uid != nil || record.gid != nil {
                try check("chown", path: staging + "/_data") {
                    chown(staging + "/_data", record.uid ?? UInt32.max, record.gid ?? UInt32.max)
                }
            }
            try JSONFile.write(record, to: staging + "/volume.json")
            if rename(staging, volumeDir(record.name)) != 0 {
                let e = errno
                try? FileSystem.removeTree(staging)
                if e == EEXIST || e == ENOTEMPTY {
                    if ifMissing, let existing = try? load(record.name) { return (existing, false) }
                    throw Self.exists(record.name)
                }
                throw HullError(.failure, "creating volume \(record.name): \(LinuxError("rename", errno: e).reason)")
            }
            AtomicFile.syncDirectory(volumesDir)
        } catch let e as HullError {
            throw e
        } catch {
            try? FileSystem.removeTree(staging)
            throw HullError(.failure, "creating volume \(record.name): \(error)", cause: error)
        }
        EventLog(layout: layout).append(Event(.volume, "create", name: record.name))
        return (record, true)
    }

    static func exists(_ name: String) -> HullError {
        HullError(.failure, "volume with name \(name) already exists: volume already exists")
    }

    public func load(_ name: String) throws(HullError) -> VolumeRecord {
        guard !name.isEmpty, !name.contains("/"), FileSystem.exists(volumeDir(name) + "/volume.json") else {
            throw Self.noSuchVolume(name)
        }
        return try JSONFile.read(VolumeRecord.self, from: volumeDir(name) + "/volume.json")
    }

    public static func noSuchVolume(_ name: String) -> HullError {
        HullError(.notFound, "no volume with name \"\(name)\" found: no such volume")
    }

    public func exists(_ name: String) -> Bool { (try? load(name)) != nil }

    public func list() -> [VolumeRecord] {
        ((try? FileSystem.list(volumesDir)) ?? []).compactMap { name in
            FileSystem.isDirectory(volumeDir(name)) ? try? load(name) : nil
        }.sorted { $0.name < $1.name }
    }

    public func save(_ record: VolumeRecord) throws(HullError) {
        try JSONFile.write(record, to: volumeDir(record.name) + "/volume.json")
    }

    /// Containers (ids) whose mounts name this volume.
    public func users(of name: String) -> [Container] {
        ContainerStore(layout: layout).list().filter { c in
            (c.config.mounts ?? []).contains { $0.type == .volume && $0.source == name }
        }
    }

    /// Removes a volume no container uses; call with `lock()` held.
    public func remove(_ name: String) throws(HullError) {
        let users = users(of: name)
        guard users.isEmpty else {
            throw HullError(.inUse, "volume \(name) is being used by the following container(s): \(users.map(\.id).joined(separator: ", ")): volume is being used")
        }
        let trash = layout.tempPath("rmvol", String(UInt32.random(in: 0...UInt32.max)))
        if rename(volumeDir(name), trash) != 0 {
            if errno == ENOENT { throw Self.noSuchVolume(name) }
            throw HullError(.failure, "removing volume \(name): \(LinuxError("rename").reason)")
        }
        EventLog(layout: layout).append(Event(.volume, "remove", name: name))
        do {
            try FileSystem.removeTree(trash)
        } catch {
            throw HullError(.failure, "removing volume \(name): \(error)", cause: error)
        }
    }

    /// The anonymous volumes of a removed container (`rm -v`, `--rm`),
    /// unless another container (`--volumes-from`) still uses them.
    public func removeAnonymous(of config: ContainerConfig) {
        let names = (config.mounts ?? []).filter { $0.type == .volume && $0.anonymous == true }.map(\.source)
        guard !names.isEmpty, let lock = try? lock() else { return }
        defer { lock.unlock() }
        for name in names where exists(name) {
            do throws(HullError) {
                try remove(name)
            } catch {
                Warning.emit("keeping anonymous volume \(name): \(error.message)")
            }
        }
    }

    /// A fresh 64-hex name for an anonymous volume.
    public static func anonymousName() -> String { Identifier.random() }
}
