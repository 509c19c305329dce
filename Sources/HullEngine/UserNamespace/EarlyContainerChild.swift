import HullLinux
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A rootless `run`'s container process, cloned before `main` (see
/// early_child.c) and given its id maps as soon as hull knows the verb,
/// before it parses the options: newuidmap and newgidmap take about as
/// long as everything hull does before the spec, and started after the
/// parse they were still running when the spec was ready in most runs.
/// What the child was cloned with is then checked against the options the
/// way create decides them; a wrong guess only costs the early child,
/// which spawn then replaces.
public enum EarlyContainerChild {
    /// The constructor's child from `beginMaps` until `start` takes it.
    private static let pending = Mutex<EarlyChild?>(nil)

    /// Starts writing the maps of the constructor's child, if there is
    /// one; with no usable subordinate ids it is killed, and create later
    /// says why.
    public static func beginMaps(environment: [String: String]) {
        guard geteuid() != 0 else { return }
        guard let userns = try? RootlessUserNamespace.forCurrentUser(environment: environment),
              // Maps a user writes itself take no helper, and so no time.
              !IDMapWriter.deniesSetgroups(uidMap: userns.uidMap, gidMap: userns.gidMap) else {
            EarlyChild.discardPrestarted()
            return
        }
        let child = EarlyChild.prestarted(uidMap: userns.uidMap, gidMap: userns.gidMap)
        pending.withLock { $0 = child }
    }

    /// `hullIsParent`: hull itself will run the container (neither
    /// detached nor interactive); else the child is not wanted.
    public static func start(for options: CreateOptions, environment: [String: String], hullIsParent: Bool) -> EarlyChild? {
        guard geteuid() != 0 else { return nil }
        // Not begun by the parser (`container run`): begun now.
        if pending.withLock({ $0 == nil }) { beginMaps(environment: environment) }
        let taken = pending.withLock { pending in
            let child = pending
            pending = nil
            return child
        }
        // One not wanted goes (killed) when dropped here.
        guard let child = taken, wanted(child, for: options, hullIsParent: hullIsParent) else { return nil }
        return child
    }

    /// Whether the container will be what the child was cloned as.
    private static func wanted(_ child: EarlyChild, for options: CreateOptions, hullIsParent: Bool) -> Bool {
        // A delegated cgroup: the container is cloned into it instead
        // (see `EarlyChild.matches`).
        let delegated = if case .delegated = ContainerCgroup.delegation { true } else { false }
        return hullIsParent && !delegated && (try? options.userNamespace.request()) == .host
            && child.cloneFlags == cloneFlags(ownsNetwork: ownsNetworkNamespace(options.networking))
    }

    /// What create will ask for: what the constructor clones with
    /// (HULL_PRESTART_CLONE_FLAGS) when the container has a network of its own.
    static func cloneFlags(ownsNetwork: Bool) -> UInt {
        ProcessSpecBuilder.namespaces | Namespace.user | (ownsNetwork ? Namespace.network : 0)
    }

    /// Every mode but the host's network and another container's makes one
    /// (`ContainerNetworking.apply`); the default (none of the options)
    /// is pasta, slirp4netns or none for a rootless hull.
    static func ownsNetworkNamespace(_ options: NetworkOptions) -> Bool {
        guard let first = options.network.first?.split(separator: ",").first else { return true }
        return first != "host" && !first.hasPrefix("container:")
    }
}
