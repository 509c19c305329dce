#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Containers whose process ended with nobody left to record it: the
/// foreground hull that ran it was killed (and the kernel then killed the
/// container), or its monitor and the monitor's keeper both died, or the
/// recorder could not save the state (a full disk).
///
/// Every command reads such a container as exited with the code of its
/// exit record (see ExitRecord), -1 when nobody saw the exit, never a code
/// made up. Reading must not take locks (it happens under other locks),
/// so the command that noticed an orphan settles it when it exits: under
/// the container's lock it tears down what the run left (cgroup, network,
/// FUSE daemon), saves the exit, or removes a --rm container. A monitor's
/// keeper does the same at once (`container-cleanup`).
public struct ContainerOrphans {
    /// The keeper's verb (monitor_keeper.c execs it).
    public static let hiddenCommand = String(cString: hull_cleanup_verb())

    public let layout: StoreLayout
    var store: ContainerStore { ContainerStore(layout: layout) }

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// `live`: whether a pid with that start time runs; `keeper`: a pid to
    /// count as gone though it runs (the keeper settling its own container).
    static func isOrphaned(_ state: ContainerState, keeper ignoredPid: Int32? = nil,
                           live: (Int32, UInt64?) -> Bool = ProcessTable.isAlive) -> Bool {
        guard ContainerLifecycle.isActive(state.status) else { return false }
        if let pid = state.recorderPid, live(pid, state.recorderStartTime) { return false }
        if let pid = state.keeperPid, pid != ignoredPid, live(pid, state.keeperStartTime) { return false }
        return !live(state.pid, state.pidStartTime)
    }

    /// How an orphan reads: exited as its record says.
    static func exited(_ state: ContainerState, as record: ExitRecord) -> ContainerState {
        var s = state
        s.status = .exited
        s.exitCode = record.code
        s.finishedAt = record.time
        s.pid = 0
        s.pidStartTime = nil
        return s
    }

    /// The container as commands see it, noted to be settled when this
    /// process exits. A --rm container is gone already.
    func noticed(_ container: Container) throws(HullError) -> Container {
        let record = ExitRecord.notice(runDir: store.runDir(container.id))
        Self.note(layout, container.id)
        if container.config.autoRemove { throw HullError.noSuchContainer(container.id) }
        return Container(config: container.config, state: Self.exited(container.state, as: record))
    }

    /// Records the exit of an orphan (or removes it, with --rm); nothing
    /// when it is not one (any more). `asKeeper`: called by the keeper,
    /// which counts itself as gone.
    public func settle(_ id: String, asKeeper: Bool = false) {
        guard store.exists(id) else {
            // Its monitor was killed while removing it (--rm): what the
            // removal had yet to do under the run root. Ids are never
            // reused, so nobody else needs these.
            if asKeeper {
                try? FileSystem.removeTree(store.runDir(id))
                store.forgetLock(id)
            }
            return
        }
        guard let lock = try? store.lock(id) else { return }
        defer { lock.unlock() }
        guard let recorded = try? store.loadRecorded(id) else {
            lock.unlock()
            store.forgetLock(id)
            return
        }
        guard Self.isOrphaned(recorded.state, keeper: asKeeper ? getpid() : nil) else { return }
        let record = ExitRecord.notice(runDir: store.runDir(id))
        try? ContainerRunner(layout: layout).finishLocked(id, recorded: recorded, exitCode: record.code,
                                                          finishedAt: record.time, error: nil,
                                                          autoRemove: recorded.config.autoRemove)
    }

    nonisolated(unsafe) private static var pending: [(StoreLayout, String)] = []
    nonisolated(unsafe) private static var settlesAtExit = false

    private static func note(_ layout: StoreLayout, _ id: String) {
        guard !pending.contains(where: { $0.0.root == layout.root && $0.1 == id }) else { return }
        if !settlesAtExit {
            settlesAtExit = true
            atexit { ContainerOrphans.settlePending() }
        }
        pending.append((layout, id))
    }

    /// Run at exit, when this process holds no lock any more.
    static func settlePending() {
        let noticed = pending
        pending = []
        for (layout, id) in noticed { ContainerOrphans(layout: layout).settle(id) }
    }
}
