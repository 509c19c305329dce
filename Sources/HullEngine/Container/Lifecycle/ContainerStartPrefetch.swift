import HullLinux

/// What every container start needs whatever its options, prepared on a
/// second thread (`Prefetch`) while the first parses the command line,
/// finds the image and writes the container's config: the host's cgroup
/// layout (read from /proc/self/mountinfo), rootless the delegated cgroup,
/// and Docker's seccomp profile, with the Swift runtime's first-use work,
/// so the main thread does not wait for them in line. Then the first use
/// of the store's record coding (`RecordCodingWarmup`), which the main
/// thread would otherwise pay for when it writes the container's records.
/// (The measurements are in the commit messages and BENCHMARKS.md.)
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
