import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A descriptor of a container's root file system as its processes see it,
/// for `hull cp`: /proc/PID/root while it runs; for a stopped container its
/// overlay, mounted in a mount namespace private to this hull process and
/// detached at once (the descriptor keeps it alive; nothing is left behind
/// on the host even if hull is killed).
final class ContainerRoot {
    let fd: Int32
    /// Held while a stopped container's layers are in use, so it cannot start.
    private let lock: FileLock?

    private init(fd: Int32, lock: FileLock?) {
        self.fd = fd
        self.lock = lock
    }

    deinit {
        close(fd)
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
            return ContainerRoot(fd: try mountPrivately(current, layout: layout), lock: lock)
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

    private static func mountPrivately(_ c: Container, layout: StoreLayout) throws(HullError) -> Int32 {
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
        let lower = image.record.layers.reversed().map { layers.diffDirectory($0) }.joined(separator: ":")
        let data = "lowerdir=\(lower),upperdir=\(store.upperDir(c.id)),workdir=\(store.workDir(c.id))"
        guard data.utf8.count < 4000 else { throw HullError(.failure, "the image has too many layers to mount for a copy") }
        var template = Array((layout.tmpDir + "/cp-\(getpid())-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw HullError(.failure, "making a mount point: \(LinuxError("mkdtemp").reason)")
        }
        let point = String(cString: template)
        defer { rmdir(point) }
        guard mount("overlay", point, "overlay", 0, data) == 0 else {
            throw HullError(.failure, "mounting the file system of \(c.id): \(LinuxError("mount").reason)")
        }
        let fd = Glibc.open(point, O_PATH | O_DIRECTORY | O_CLOEXEC)
        let saved = errno
        umount2(point, Int32(MNT_DETACH))
        guard fd >= 0 else { throw HullError(.failure, "opening the file system of \(c.id): \(LinuxError("open", errno: saved).reason)") }
        return fd
    }
}
