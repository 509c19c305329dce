import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A descriptor of a container's root file system as its processes see it,
/// for `hull cp`: /proc/PID/root while it runs; for a stopped container its
/// overlay with its volumes and bind mounts, mounted in a mount namespace
/// private to this hull process (nothing is left on the host even if hull
/// is killed: the namespace dies with it; tmp/ is swept of the empty
/// mount point).
final class ContainerRoot {
    let fd: Int32
    /// Held while a stopped container's layers are in use, so it cannot start.
    private let lock: FileLock?
    private let mountPoint: String?

    private init(fd: Int32, lock: FileLock?, mountPoint: String? = nil) {
        self.fd = fd
        self.lock = lock
        self.mountPoint = mountPoint
    }

    deinit {
        close(fd)
        if let mountPoint {
            umount2(mountPoint, Int32(MNT_DETACH))
            rmdir(mountPoint)
        }
        lock?.unlock()
    }

    static func open(_ container: Container, layout: StoreLayout) throws(HullError) -> ContainerRoot {
        let store = ContainerStore(layout: layout)
        if let fd = running(try store.load(container.id)) { return ContainerRoot(fd: fd, lock: nil) }
        let lock = try store.lock(container.id)
        let current = try store.load(container.id)
        if let fd = running(current) {
            lock.unlock()
            return ContainerRoot(fd: fd, lock: nil)
        }
        do {
            let (fd, point) = try mountPrivately(current, layout: layout)
            return ContainerRoot(fd: fd, lock: lock, mountPoint: point)
        } catch {
            lock.unlock()
            throw error
        }
    }

    private static func running(_ c: Container) -> Int32? {
        guard ContainerLifecycle.isActive(c.state.status),
              ProcessTable.isAlive(pid: c.state.pid, startTime: c.state.pidStartTime) else { return nil }
        let fd = Glibc.open("/proc/\(c.state.pid)/root", O_PATH | O_DIRECTORY | O_CLOEXEC)
        return fd >= 0 ? fd : nil
    }

    nonisolated(unsafe) private static var privateNamespace = false

    private static func mountPrivately(_ c: Container, layout: StoreLayout) throws(HullError) -> (Int32, String) {
        let store = ContainerStore(layout: layout)
        let images = ImageStore(layout: layout)
        let image = try images.load(images.requireByID(c.config.imageID))
        let layers = LayerStore(layout: layout)
        if !privateNamespace {
            guard hull_unshare(Int32(Namespace.mount)) == 0 else {
                throw HullError(.failure, "copying with a stopped container needs a mount namespace: \(LinuxError("unshare").reason)")
            }
            guard mount(nil, "/", nil, UInt(MS_REC | MS_PRIVATE), nil) == 0 else {
                throw HullError(.failure, "making mounts private: \(LinuxError("mount").reason)")
            }
            privateNamespace = true
        }
        // The container's own root overlay, with absolute lower dirs: this
        // mount(2) is made here, not from the layer store as the child's is.
        let data = try RootFileSystem.overlay(layersDir: layout.layersDir, diffIDs: image.record.layers,
                                              upper: store.upperDir(c.id), work: store.workDir(c.id), target: "",
                                              lowerDir: { layers.diffDirectory($0) }).kernelOptions
        var template = Array(layout.tempPath("cp", "XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw HullError(.failure, "making a mount point: \(LinuxError("mkdtemp").reason)")
        }
        let point = String(cString: template)
        guard mount("overlay", point, "overlay", 0, data) == 0 else {
            let failure = HullError(.failure, "mounting the file system of \(c.id): \(LinuxError("mount").reason)")
            rmdir(point)
            throw failure
        }
        let fd = Glibc.open(point, O_PATH | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            let failure = HullError(.failure, "opening the file system of \(c.id): \(LinuxError("open").reason)")
            umount2(point, Int32(MNT_DETACH))
            rmdir(point)
            throw failure
        }
        do {
            try mountVolumes(c, root: fd, layout: layout)
        } catch {
            close(fd)
            umount2(point, Int32(MNT_DETACH))
            rmdir(point)
            throw error
        }
        return (fd, point)
    }

    /// Volumes and bind mounts where the container has them, so a copy
    /// reaches them as it would while the container runs. Each target is
    /// resolved inside the root and mounted on through its descriptor.
    private static func mountVolumes(_ c: Container, root: Int32, layout: StoreLayout) throws(HullError) {
        let volumes = VolumeStore(layout: layout)
        for m in c.config.mounts ?? [] where m.type != .tmpfs {
            let source = m.type == .bind ? m.source : volumes.mountpoint(try volumes.load(m.source))
            let target = hull_openat2(root, m.destination, O_PATH, UInt64(RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS))
            // Made by the container's first start; one never started has none yet.
            guard target >= 0 else { continue }
            defer { close(target) }
            let at = "/proc/self/fd/\(target)"
            guard mount(source, at, nil, UInt(MS_BIND | MS_REC), nil) == 0 else {
                throw HullError(.failure, "mounting \(source) on \(m.destination) for the copy: \(LinuxError("mount").reason)")
            }
            if m.readOnly {
                let reopened = hull_openat2(root, m.destination, O_PATH, UInt64(RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS))
                if reopened >= 0 {
                    mount(nil, "/proc/self/fd/\(reopened)", nil, UInt(MS_BIND | MS_REMOUNT | MS_RDONLY), nil)
                    close(reopened)
                }
            }
        }
    }
}
