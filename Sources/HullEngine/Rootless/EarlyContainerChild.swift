import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A rootless `run`'s container process, cloned before `main` (see
/// early_child.c) and given its id maps as soon as the command line is
/// parsed: they then cost no waiting. What it was cloned with is checked
/// against the options the way create decides them; a wrong guess only
/// costs the early child, which spawn then replaces.
public enum EarlyContainerChild {
    /// `hullIsParent`: hull itself will run the container (neither
    /// detached nor interactive); else the child is not wanted.
    public static func start(for options: CreateOptions, environment: [String: String], hullIsParent: Bool) -> EarlyChild? {
        guard geteuid() != 0 else { return nil }
        // A delegated cgroup: the container is cloned into it instead
        // (see `EarlyChild.matches`).
        let delegated = if case .delegated = ContainerCgroup.delegation { true } else { false }
        guard hullIsParent, !delegated, (try? options.userNamespace.request()) == .host,
              let userns = try? RootlessUserNamespace.forCurrentUser(environment: environment),
              // Maps a user writes itself take no helper, and so no time.
              !IDMapWriter.deniesSetgroups(uidMap: userns.uidMap, gidMap: userns.gidMap) else {
            EarlyChild.discardPrestarted()
            return nil
        }
        let flags = cloneFlags(ownsNetwork: ownsNetworkNamespace(options.networking))
        return EarlyChild.prestarted(cloneFlags: flags, uidMap: userns.uidMap, gidMap: userns.gidMap)
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
