import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One background job a command starts early, so work that does not depend
/// on its options runs on the second core while the first parses them. It
/// is joined before hull clones or spawns a child: a child of a
/// multi-threaded process runs C code that must not meet a lock (malloc's)
/// that the other thread held at that instant.
public enum Prefetch {
    private static let running = Mutex<pthread_t?>(nil)

    /// Starts `body` unless a job is already running; runs it inline when
    /// the system refuses a thread.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let started = running.withLock { thread -> Bool in
            guard thread == nil else { return true }
            thread = WorkerThreads.start(body)
            return thread != nil
        }
        if !started { body() }
    }

    /// Waits for the job, if one runs.
    public static func join() {
        let thread = running.withLock { thread -> pthread_t? in
            defer { thread = nil }
            return thread
        }
        if let thread { pthread_join(thread, nil) }
    }
}
