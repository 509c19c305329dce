#if canImport(Glibc)
import Glibc
#endif

/// A reference to a container's mount namespace, held from its clone until
/// its exit, and then dropped on a thread of its own.
///
/// Whoever drops the last reference to a mount namespace unmounts all of
/// it, and that waits out an RCU grace period and tears down the overlay,
/// /proc, /sys and tmpfs superblocks: about a millisecond. Left to the
/// container's last process, that work comes before its exit is reported,
/// so `run --rm` waited for it and only then removed the container. Held
/// here, the process exits at once and the unmounting overlaps that removal.
final class MountNamespaceHold {
    private var fd: Int32

    /// Opens /proc/PID/ns/mnt; with no access it holds nothing, and the
    /// child tears its namespace down itself as before.
    init(pid: pid_t) {
        fd = (try? Namespace.open(pid: pid, "mnt")) ?? -1
    }

    /// Drops the reference on a detached thread. A process that exits
    /// before the thread is done still waits for it: the unmounting runs
    /// in the kernel as the thread returns from close(2).
    func releaseInBackground() {
        let held = take()
        guard held >= 0 else { return }
        guard let thread = WorkerThreads.start({ close(held) }) else {
            close(held)
            return
        }
        pthread_detach(thread)
    }

    /// Drops the reference here and now.
    func release() {
        let held = take()
        if held >= 0 { close(held) }
    }

    private func take() -> Int32 {
        let held = fd
        fd = -1
        return held
    }

    deinit {
        if fd >= 0 { close(fd) }
    }
}
