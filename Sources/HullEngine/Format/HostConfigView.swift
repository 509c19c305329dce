import HullLinux

/// `inspect`'s `.HostConfig`: how the container was asked to run, with
/// Podman's field names and its zero values for what was not asked.
enum HostConfigView {
    static func hostConfig(_ c: Container, logPath: String) -> TemplateValue {
        let limits = c.config.limits
        let restart = (try? RestartPolicy(parsing: c.config.restartPolicy ?? "no"))
        // Built in steps: one literal of this size is too much for the type checker.
        var fields: [(String, TemplateValue)] = []
        fields.append(("AutoRemove", .bool(c.config.autoRemove)))
        fields.append(("Binds", ContainerView.strings(binds(c.config.mounts ?? []))))
        fields.append(("CapAdd", ContainerView.strings(c.config.capAdd ?? [])))
        fields.append(("CapDrop", ContainerView.strings(c.config.capDrop ?? [])))
        fields.append(("CpuPeriod", .int(Int64(limits?.cpuPeriod ?? 0))))
        fields.append(("CpuQuota", .int(limits?.cpuQuota ?? 0)))
        fields.append(("CpuShares", .int(Int64(limits?.cpuShares ?? 0))))
        fields.append(("CpusetCpus", .string(limits?.cpusetCpus ?? "")))
        fields.append(("CpusetMems", .string(limits?.cpusetMems ?? "")))
        fields.append(("Dns", ContainerView.strings(c.config.networking?.dns ?? [])))
        fields.append(("DnsOptions", ContainerView.strings(c.config.networking?.dnsOptions ?? [])))
        fields.append(("DnsSearch", ContainerView.strings(c.config.networking?.dnsSearch ?? [])))
        fields.append(("ExtraHosts", ContainerView.strings(c.config.networking?.addHosts ?? [])))
        fields.append(("GroupAdd", ContainerView.strings(c.config.groupAdd ?? [])))
        fields.append(("IDMappings", ContainerView.idMappings(c.config.idMappings)))
        let logSize = c.config.logMaxSize.map { String(ByteSize.human($0).filter { $0 != " " }) } ?? "0B"
        fields.append(("LogConfig", .map([("Type", .string(c.config.logDriver ?? "k8s-file")), ("Config", .null), ("Path", .string(logPath)),
                                          ("Tag", .string("")), ("Size", .string(logSize))])))
        fields.append(("Memory", .int(limits?.memory ?? 0)))
        fields.append(("MemoryReservation", .int(limits?.memoryReservation ?? 0)))
        fields.append(("MemorySwap", .int(limits?.memorySwap ?? 0)))
        fields.append(("NanoCpus", .int(nanoCPUs(limits))))
        fields.append(("NetworkMode", .string(c.config.network)))
        fields.append(("PidsLimit", .int(limits?.pidsLimit ?? 0)))
        fields.append(("PortBindings", NetworkView.portBindings(c.config.networking?.ports ?? [])))
        fields.append(("Privileged", .bool(c.config.privileged ?? false)))
        fields.append(("ReadonlyRootfs", .bool(c.config.readOnly ?? false)))
        // Podman shows a policy that was never given as "".
        let restartName = c.config.restartPolicy == nil ? "" : restart?.kind.rawValue ?? ""
        fields.append(("RestartPolicy", .map([("Name", .string(restartName)),
                                              ("MaximumRetryCount", .int(Int64(restart?.maxRetries ?? 0)))])))
        fields.append(("SecurityOpt", ContainerView.strings(securityOptions(c))))
        fields.append(("UsernsMode", .string(c.config.idMappings?.mode ?? "")))
        // Podman's fields for what hull has no option for: their zero values.
        fields.append(("BlkioWeight", .int(Int64(limits?.blkioWeight ?? 0))))
        fields.append(("CgroupParent", .string("")))
        fields.append(("ContainerIDFile", .string("")))
        fields.append(("Isolation", .string("")))
        fields.append(("Links", .null))
        fields.append(("OomKillDisable", .bool(false)))
        fields.append(("OomScoreAdj", .int(0)))
        fields.append(("PublishAllPorts", .bool(false)))
        fields.append(("VolumeDriver", .string("")))
        fields.append(("VolumesFrom", .null))
        // The namespaces hull makes for every container: private pid and
        // uts; an IPC namespace of its own (Podman's default "shareable").
        fields.append(("IpcMode", .string(c.config.ipcMode ?? "shareable")))
        fields.append(("PidMode", .string(c.config.pidMode ?? "private")))
        fields.append(("UTSMode", .string("private")))
        fields.append(("CgroupManager", .string("cgroupfs")))
        fields.append(("Cgroups", .string("default")))
        fields.append(("Devices", .list((c.config.devices ?? []).map(DeviceOptions.view))))
        fields.append(("ShmSize", .int(c.config.shmSize ?? RootFileSystem.defaultShmSize)))
        fields.append(("Tmpfs", .map((c.config.mounts ?? []).filter { $0.type == .tmpfs }.map {
            ($0.destination, .string(($0.tmpfsOptions ?? []).joined(separator: ",")))
        })))
        return .map(fields)
    }

    /// Podman's `SRC:DEST:OPTIONS` for binds and named volumes.
    static func binds(_ mounts: [MountSpec]) -> [String] {
        mounts.filter { $0.type != .tmpfs }.map { m in
            let options = [m.readOnly ? "ro" : "rw", m.propagation ?? "rprivate"] + m.optionWords
            return "\(m.source):\(m.destination):\(options.joined(separator: ","))"
        }
    }

    /// `--cpus` as Docker's NanoCpus: the quota over the period.
    static func nanoCPUs(_ limits: CgroupLimits?) -> Int64 {
        guard let quota = limits?.cpuQuota, quota > 0, let period = limits?.cpuPeriod, period > 0 else { return 0 }
        return quota * 1_000_000_000 / Int64(period)
    }

    static func securityOptions(_ c: Container) -> [String] {
        var options: [String] = []
        if let profile = c.config.seccompProfile { options.append("seccomp=\(profile)") }
        if c.config.noNewPrivileges == true { options.append("no-new-privileges") }
        return options
    }
}
