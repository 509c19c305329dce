import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The mounts that make a container's root: an overlay of the image's
/// layers, the kernel file systems, a minimal /dev, and the paths Docker
/// and Podman mask or make read-only by default.
enum RootFileSystem {
    static let devices = ["null", "zero", "full", "random", "urandom", "tty"]

    /// Podman's default masked paths: files get /dev/null, directories an empty read-only tmpfs.
    static let maskedFiles = ["/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
                              "/proc/timer_stats", "/proc/sched_debug"]
    static let maskedDirectories = ["/proc/acpi", "/proc/scsi", "/sys/firmware", "/sys/fs/selinux", "/sys/dev/block"]
    static let readOnlyPaths = ["/proc/asound", "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"]

    static let nosuid = UInt(MS_NOSUID), nodev = UInt(MS_NODEV), noexec = UInt(MS_NOEXEC)

    /// The root overlay of an image's layers. Lower dirs are relative to
    /// the layer store (the mount step enters it first). `lowerDir` names
    /// a layer's directory there (keep-id uses copies).
    static func overlay(layersDir: String, diffIDs: [String], upper: String, work: String, target: String, volatile: Bool = false,
                        lowerDir: (String) -> String = { Identifier.hexPart($0) + "/diff" }) throws(HullError) -> RootOverlay {
        let overlay = RootOverlay(layersDir: layersDir, lowerDirs: diffIDs.reversed().map(lowerDir), upperDir: upper,
                                  workDir: work, target: target, volatile: volatile)
        try overlay.validate(layerCount: diffIDs.count)
        return overlay
    }

    /// Everything mounted inside the root, in order.
    /// Podman's /dev/shm unless `--shm-size` says otherwise: its default
    /// "65536k" read with decimal units (Docker's is 64 MiB).
    static let defaultShmSize: Int64 = 65_536_000

    static func standardMounts(rootfs: String, hostsFile: String, hostnameFile: String, containerEnvFile: String? = nil,
                               localtimeFile: String? = nil, shmSize: Int64? = nil, ipcMode: String? = nil,
                               privileged: Bool) -> [MountStep] {
        var steps: [MountStep] = [
            MountStep(source: "proc", target: "/proc", fstype: "proc", flags: nosuid | nodev | noexec),
            MountStep(source: "tmpfs", target: "/dev", fstype: "tmpfs", data: "mode=755,size=65536k",
                      flags: nosuid | UInt(MS_STRICTATIME)),
            MountStep(source: "devpts", target: "/dev/pts", fstype: "devpts",
                      data: "newinstance,ptmxmode=0666,mode=0620,gid=5", flags: nosuid | noexec),
            MountStep(source: "mqueue", target: "/dev/mqueue", fstype: "mqueue", flags: nosuid | nodev | noexec),
            // --privileged gets a writable /sys and no masked paths, as in Podman.
            MountStep(source: "sysfs", target: "/sys", fstype: "sysfs", flags: nosuid | nodev | noexec | (privileged ? 0 : UInt(MS_RDONLY))),
        ]
        // --ipc none: no shared memory at all, as Podman.
        if ipcMode != "none" {
            steps.insert(MountStep(source: "shm", target: "/dev/shm", fstype: "tmpfs", data: "mode=1777,size=\(shmSize ?? defaultShmSize)",
                                   flags: nosuid | nodev | noexec), at: 3)
        }
        for dev in devices {
            steps.append(MountStep(source: "/dev/" + dev, target: "/dev/" + dev, flags: UInt(MS_BIND), targetIsFile: true))
        }
        for (link, target) in [("/dev/ptmx", "pts/ptmx"), ("/dev/fd", "/proc/self/fd"), ("/dev/stdin", "/proc/self/fd/0"),
                               ("/dev/stdout", "/proc/self/fd/1"), ("/dev/stderr", "/proc/self/fd/2"),
                               ("/dev/core", "/proc/kcore")] {
            steps.append(MountStep(kind: .symlink, source: target, target: link))
        }
        steps.append(MountStep(source: hostsFile, target: "/etc/hosts", flags: UInt(MS_BIND), targetIsFile: true))
        steps.append(MountStep(source: hostnameFile, target: "/etc/hostname", flags: UInt(MS_BIND), targetIsFile: true))
        if let localtimeFile {
            steps.append(MountStep(source: localtimeFile, target: "/etc/localtime", flags: UInt(MS_BIND), targetIsFile: true))
        }
        if let containerEnvFile {
            steps.append(MountStep(source: containerEnvFile, target: ContainerEnvFile.target, flags: UInt(MS_BIND),
                                   targetIsFile: true))
        }
        if !privileged { steps += security(rootfs: rootfs) }
        return steps
    }

    /// Masked and read-only paths: what the kernel exposes in /proc and
    /// /sys that a container must not read or change.
    static func security(rootfs: String) -> [MountStep] {
        var steps: [MountStep] = []
        for path in maskedFiles {
            steps.append(MountStep(source: "/dev/null", target: path, flags: UInt(MS_BIND), optional: true))
        }
        for path in maskedDirectories {
            steps.append(MountStep(source: "tmpfs", target: path, fstype: "tmpfs",
                                   flags: UInt(MS_RDONLY), optional: true))
        }
        for path in readOnlyPaths {
            steps.append(MountStep(source: path, target: path, flags: UInt(MS_BIND | MS_REC), optional: true,
                                   sourceInRoot: true))
            steps.append(MountStep(target: path, flags: UInt(MS_BIND | MS_REMOUNT | MS_RDONLY) | nosuid | nodev | noexec,
                                   optional: true))
        }
        return steps
    }
}
