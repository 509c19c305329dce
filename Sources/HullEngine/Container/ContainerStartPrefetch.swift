import HullLinux

/// What every container start needs whatever its options, prepared on a
/// second thread (`Prefetch`) while the first parses the command line,
/// finds the image and writes the container's config: the host's cgroup
/// layout (read from /proc/self/mountinfo) and Docker's seccomp profile,
/// with the Swift runtime's first-use work for both. About half a
/// millisecond of `hull run` that no longer waits in line.
public enum ContainerStartPrefetch {
    public static func start() {
        Prefetch.start {
            _ = ContainerCgroup.hostLayout()
            _ = SeccompProfile.standard
        }
    }
}
