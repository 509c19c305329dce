import HullLinux

/// What every container start needs whatever its options, prepared on a
/// second thread (`Prefetch`) while the first parses the command line,
/// finds the image and writes the container's config: the host's cgroup
/// layout (read from /proc/self/mountinfo), rootless the delegated cgroup,
/// and Docker's seccomp profile, with the Swift runtime's first-use work. About half a
/// millisecond of `hull run` that no longer waits in line.
public enum ContainerStartPrefetch {
    public static func start() {
        Prefetch.start {
            _ = ContainerCgroup.hostLayout()
            if ContainerCgroup.rootless { _ = ContainerCgroup.delegation }
            _ = SeccompProfile.standard
        }
    }
}
