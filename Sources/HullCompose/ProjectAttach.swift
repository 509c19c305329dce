import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Foreground `compose up`: every service container's output, each line
/// prefixed with its container's name, until they have all exited; Ctrl-C
/// (or SIGTERM) stops them all, as docker compose does.
extension Reconciler {
    public func attach(_ project: ComposeProject, services: [String]) throws(HullError) {
        let names = Set(try selection(project, services).map(\.name))
        let list = containers(of: project.name).filter { !$0.isOneOff && names.contains($0.composeService ?? "") }
        guard !list.isEmpty else { return }
        report("Attaching to " + list.map(\.name).joined(separator: ", "))
        let width = list.map(\.name.count).max() ?? 0
        // Blocked here, so every thread started below inherits the block and
        // only the waiting thread receives them.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let layout = self.layout
        let blocked = signals
        let stopping = StopWaiter()
        let waiter = WorkerThreads.start {
            var set = blocked
            var received: Int32 = 0
            sigwait(&set, &received)
            stopping.begin()
            StandardErrorLine.write("Gracefully stopping... (press Ctrl+C again to force)")
            // A second signal ends hull at once; the containers go on.
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            WorkerThreads.forEach(list.count, width: list.count) { i in
                try? ContainerLifecycle(layout: layout).stop(list[i], timeout: list[i].config.stopTimeout)
                StandardErrorLine.write(" Container \(list[i].name)  Stopped")
            }
        }
        WorkerThreads.forEach(list.count, width: list.count) { i in
            var o = ContainerLogs.Options()
            o.follow = true
            o.prefix = list[i].name.padding(width) + " |"
            try? ContainerLogs(layout: layout).write(list[i], options: o)
            let code = (try? ContainerStore(layout: layout).load(list[i].id))?.state.exitCode ?? 0
            StandardErrorLine.write("\(list[i].name) exited with code \(code)")
        }
        // The containers exited because a signal stopped them: let the
        // stops finish (and say so) before hull exits.
        if stopping.hasBegun, let waiter { pthread_join(waiter, nil) }
    }
}

/// Whether the signal thread has begun stopping the containers.
private final class StopWaiter: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var begun = false
    init() { pthread_mutex_init(&mutex, nil) }
    func begin() { pthread_mutex_lock(&mutex); begun = true; pthread_mutex_unlock(&mutex) }
    var hasBegun: Bool { pthread_mutex_lock(&mutex); defer { pthread_mutex_unlock(&mutex) }; return begun }
}

/// One whole line to stderr in one write, so lines of several threads never mix.
enum StandardErrorLine {
    static func write(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
