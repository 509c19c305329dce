import CHull
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A container's first process, cloned before hull has its spec (for a
/// rootless `run`, by a constructor before `main`; see early_child.c).
/// newuidmap and newgidmap, setuid programs that take a few milliseconds,
/// write its id maps on a thread of their own while hull reads its store
/// and builds the spec. `IsolatedProcess.spawn(_:early:)` hands it the spec
/// when its namespaces and maps are the ones the spec asks for; otherwise,
/// or when anything went wrong early, it is killed and a child is cloned
/// the usual way, which then meets (and reports) any error itself.
public final class EarlyChild: @unchecked Sendable {
    public let cloneFlags: UInt
    let uidMap: [IDMapping]
    let gidMap: [IDMapping]
    private let early: UnsafeMutablePointer<hull_early_child>
    private var mapWriter: pthread_t?
    private let maps: MapWriting
    private var taken = false

    /// Clones the child now and starts writing its maps; nil when the
    /// clone fails (the usual spawn will then say why). From a process
    /// with much memory in use, `prestarted` costs less (see early_child.c).
    public static func start(cloneFlags: UInt, uidMap: [IDMapping], gidMap: [IDMapping]) -> EarlyChild? {
        let early = UnsafeMutablePointer<hull_early_child>.allocate(capacity: 1)
        guard hull_spawn_early(cloneFlags, Int(HULL_EARLY_AREA_SIZE), early) == 0 else {
            early.deallocate()
            return nil
        }
        return EarlyChild(cloneFlags: cloneFlags, uidMap: uidMap, gidMap: gidMap, early: early)
    }

    /// The child hull's constructor cloned (a rootless `run`), with its
    /// maps being written from now on; nil when there is none. Its
    /// namespaces are the constructor's guess (`cloneFlags`): the caller
    /// lets go of a child with others, which kills it.
    public static func prestarted(uidMap: [IDMapping], gidMap: [IDMapping]) -> EarlyChild? {
        let early = UnsafeMutablePointer<hull_early_child>.allocate(capacity: 1)
        guard hull_early_take_prestarted(early) == 0 else {
            early.deallocate()
            return nil
        }
        return EarlyChild(cloneFlags: early.pointee.clone_flags, uidMap: uidMap, gidMap: gidMap, early: early)
    }

    /// Kills the constructor's child, when there is one, for a command
    /// that will not use it.
    public static func discardPrestarted() {
        var early = hull_early_child()
        if hull_early_take_prestarted(&early) == 0 { discard(&early) }
    }

    private init(cloneFlags: UInt, uidMap: [IDMapping], gidMap: [IDMapping], early: UnsafeMutablePointer<hull_early_child>) {
        self.cloneFlags = cloneFlags
        self.uidMap = uidMap
        self.gidMap = gidMap
        self.early = early
        // The thread holds what it needs, not self: an early child nobody
        // takes goes when its owner lets go (deinit joins the thread).
        let maps = MapWriting(early: early, uidMap: uidMap, gidMap: gidMap)
        self.maps = maps
        mapWriter = WorkerThreads.start { maps.run() }
        if mapWriter == nil { maps.run() }
    }

    public var pid: pid_t { early.pointee.child.pid }

    private func joinMapWriter() {
        if let thread = mapWriter { pthread_join(thread, nil) }
        mapWriter = nil
    }

    /// Whether the child can become the process `spec` describes: the
    /// same namespaces and maps, none of them mounted by the parent, and
    /// no cgroup to start in. A process moved into a cgroup after clone
    /// waits out an RCU grace period (about 6 ms more per rootless run
    /// measured here), far more than the maps' head start saves.
    func matches(_ spec: IsolatedProcessSpec) -> Bool {
        guard let userns = spec.userNamespace else { return false }
        return spec.cloneFlags == cloneFlags && userns.uidMap == uidMap && userns.gidMap == gidMap && userns.overlay == nil
            && spec.cgroupDirectory == nil && spec.cgroupTaskFiles.isEmpty
    }

    /// For `spec`: the child once its maps are written, or nil (then it is
    /// gone). Used once.
    func take(for spec: IsolatedProcessSpec) -> UnsafeMutablePointer<hull_early_child>? {
        guard !taken else { return nil }
        taken = true
        if !matches(spec) { kill(pid, SIGKILL) }
        joinMapWriter()
        guard matches(spec), !maps.failed.load(ordering: .relaxed) else {
            discard()
            return nil
        }
        return early
    }

    /// Kills and reaps the child unless it was completed, and frees its area.
    func discard() {
        if early.pointee.child.pid > 0 { kill(early.pointee.child.pid, SIGKILL) }
        joinMapWriter()
        Self.discard(early)
    }

    private static func discard(_ early: UnsafeMutablePointer<hull_early_child>) {
        hull_early_discard(early)
        if let area = early.pointee.area {
            munmap(area, early.pointee.area_size)
            early.pointee.area = nil
        }
    }

    /// The shared area, now the completed child's: the caller unmaps it.
    func handOverArea() -> (UnsafeMutableRawPointer, Int)? {
        guard let area = early.pointee.area else { return nil }
        early.pointee.area = nil
        return (area, early.pointee.area_size)
    }

    deinit {
        discard()
        early.deallocate()
    }
}

/// The id maps of an early child, written on a thread of their own.
private final class MapWriting: @unchecked Sendable {
    let early: UnsafeMutablePointer<hull_early_child>
    let uidMap: [IDMapping]
    let gidMap: [IDMapping]
    let failed = Atomic<Bool>(false)

    init(early: UnsafeMutablePointer<hull_early_child>, uidMap: [IDMapping], gidMap: [IDMapping]) {
        self.early = early
        self.uidMap = uidMap
        self.gidMap = gidMap
    }

    /// The maps, then the child's word that its early namespaces exist.
    func run() {
        do throws(LinuxError) {
            // Not needed before the spec is built, which has the main
            // thread busy: on two cores, two helpers at once would take
            // its core from it.
            try IDMapWriter.write(pid: early.pointee.child.pid, uidMap: uidMap, gidMap: gidMap, concurrently: false)
            var err = hull_child_error()
            if hull_wait_unshared(&early.pointee.child, &err) != 0 { failed.store(true, ordering: .relaxed) }
        } catch {
            failed.store(true, ordering: .relaxed)
        }
    }
}
