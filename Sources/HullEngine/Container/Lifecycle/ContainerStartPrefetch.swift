import HullLinux

/// What every container start needs whatever its options, prepared on a
/// second thread (`Prefetch`) while the first parses the command line,
/// finds the image and writes the container's config: the host's cgroup
/// layout (read from /proc/self/mountinfo), rootless the delegated cgroup,
/// and Docker's seccomp profile, with the Swift runtime's first-use work. About half a
/// millisecond of `hull run` that no longer waits in line. Then the first
/// use of the store's record coding (`RecordCodingWarmup`): interleaved
/// A/B, rootless run --rm 16.24 -> 15.15 and 18.91 -> 17.95 ms, rootful
/// 23.11 -> 21.41 ms, create 10.36 -> 9.52 ms.
public enum ContainerStartPrefetch {
    public static func start() {
        Prefetch.start {
            _ = ContainerCgroup.hostLayout()
            if ContainerCgroup.rootless { _ = ContainerCgroup.delegation }
            _ = SeccompProfile.standard
            // Last: the above are what the main thread waits for.
            RecordCodingWarmup.run()
        }
    }
}
