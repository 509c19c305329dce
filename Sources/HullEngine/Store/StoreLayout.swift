#if canImport(Glibc)
import Glibc
#endif
import HullLinux

/// Where hull keeps its state. Persistent data under `root`, run-time state
/// (gone after a reboot) under `runroot`.
public struct StoreLayout: Sendable {
    public let root: String
    public let runroot: String
    /// `--storage-opt` values (Podman's), read where they matter
    /// (`OverlayStorage`); a bad one fails there.
    public var storageOptions: [String] = []

    public init(root: String, runroot: String, storageOptions: [String] = []) {
        self.root = root
        self.runroot = runroot
        self.storageOptions = storageOptions
    }

    /// Podman's defaults: /var/lib and /run for root; XDG directories for a user.
    public static func defaults(environment: [String: String]) -> StoreLayout {
        let root = environment["HULL_ROOT"].flatMap { $0.isEmpty ? nil : $0 }
        let runroot = environment["HULL_RUNROOT"].flatMap { $0.isEmpty ? nil : $0 }
        if geteuid() == 0 {
            return StoreLayout(root: root ?? "/var/lib/hull", runroot: runroot ?? "/run/hull")
        }
        let home = environment["HOME"] ?? "/tmp"
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        let run = environment["XDG_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 }.map { $0 + "/hull" }
            ?? "/tmp/hull-run-\(geteuid())"
        return StoreLayout(root: root ?? data + "/hull", runroot: runroot ?? run)
    }

    public var layersDir: String { root + "/layers" }
    public var imagesDir: String { root + "/images" }
    public var containersDir: String { root + "/containers" }
    public var tmpDir: String { root + "/tmp" }
    /// Serialises name and id reservation and image/layer bookkeeping.
    public var globalLockPath: String { root + "/hull.lock" }
    public var containerRunDir: String { runroot + "/containers" }

    public func layerDir(_ hex: String) -> String { layersDir + "/" + hex }
    public func imageDir(_ id: String) -> String { imagesDir + "/" + id }
    public func containerDir(_ id: String) -> String { containersDir + "/" + id }
    public func containerRunDir(_ id: String) -> String { containerRunDir + "/" + id }

    /// Creates the directories every command may write into.
    public func prepare() throws(HullError) {
        for dir in [root, layersDir, imagesDir, containersDir, tmpDir, runroot, containerRunDir] {
            do {
                try FileSystem.makeDirectories(dir, mode: 0o700)
            } catch {
                // A user's XDG directories are the usual culprit: name the fix.
                if geteuid() != 0 && dir.hasPrefix(runroot) {
                    throw HullError(.failure, "cannot create the run-time directory \(runroot): \(error.reason) (set XDG_RUNTIME_DIR to a directory you own, or pass --runroot)")
                }
                if geteuid() != 0 {
                    throw HullError(.failure, "cannot create the storage directory \(root): \(error.reason) (set XDG_DATA_HOME to a directory you own, or pass --root)")
                }
                throw HullError(.failure, "preparing the store: \(error)", cause: error)
            }
        }
    }

    /// Takes the store-wide lock: short critical sections only.
    public func lock() throws(HullError) -> FileLock {
        do {
            try FileSystem.makeDirectories(root, mode: 0o700)
            return try FileLock(path: globalLockPath)
        } catch {
            throw HullError(.failure, "locking the store: \(error)", cause: error)
        }
    }
}
