import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX threads for blocking work (downloads, unpacking) that must
/// run side by side. Swift's cooperative pool is as wide as the CPU count,
/// too narrow for jobs that mostly wait on the network.
public enum WorkerThreads {
    /// Runs `body(0..<count)` on up to `width` threads (the caller's among
    /// them) and returns when every job has finished.
    public static func forEach(_ count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let queue = JobQueue(count: count, body: body)
        var threads: [pthread_t] = []
        for _ in 1..<max(1, min(width, count)) {
            if let thread = start({ queue.drain() }) { threads.append(thread) }
        }
        queue.drain()
        for thread in threads { pthread_join(thread, nil) }
    }

    /// Starts one thread running `body`; join it with `pthread_join`.
    /// nil when the system refuses a thread (the caller then runs inline).
    public static func start(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
        let box = Unmanaged.passRetained(Job(body)).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(&thread, nil, { arg in
            let job = Unmanaged<Job>.fromOpaque(arg!).takeRetainedValue()
            job.body()
            return nil
        }, box)
        if rc != 0 {
            Unmanaged<Job>.fromOpaque(box).release()
            return nil
        }
        return thread
    }
}

private final class Job: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

private final class JobQueue: Sendable {
    let count: Int
    let body: @Sendable (Int) -> Void
    let next = Atomic<Int>(0)

    init(count: Int, body: @escaping @Sendable (Int) -> Void) {
        self.count = count
        self.body = body
    }

    func drain() {
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            if index >= count { return }
            body(index)
        }
    }
}
