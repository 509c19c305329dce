import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// What `hull info` reports: a subset of `podman info`, with its JSON keys
/// (templates find `.Host.Arch` through the case-insensitive field lookup).
public enum SystemInfo {
    public static func collect(layout: StoreLayout, environment: [String: String], version: String) throws(HullError) -> TemplateValue {
        let rootless = geteuid() != 0
        var uidmap: TemplateValue = .null, gidmap: TemplateValue = .null
        if rootless {
            // The maps `hull unshare` and rootless containers get.
            let namespace = try RootlessUserNamespace.forCurrentUser(environment: environment)
            uidmap = idMaps(namespace.uidMap)
            gidmap = idMaps(namespace.gidMap)
        }
        let names = uname()
        let containers = ContainerStore(layout: layout).list()
        let overlay = try OverlayStorage.info(layout: layout, config: try HullConfig.load(environment: environment))
        func count(_ status: ContainerState.Status) -> TemplateValue {
            .int(Int64(containers.filter { $0.state.status == status }.count))
        }
        return .map([
            ("host", .map([
                ("arch", .string(Platform.goArchitecture)),
                ("cgroupControllers", .list(cgroupControllers().map { .string($0.rawValue) })),
                // hull's own: where a rootless hull makes container cgroups
                // (limits need it), "" as root or without one.
                ("cgroupDelegation", .string(cgroupDelegation())),
                ("cgroupManager", .string("cgroupfs")),
                ("cgroupVersion", .string(cgroupVersion())),
                ("hostname", .string(names.nodename)),
                ("idMappings", .map([("gidmap", gidmap), ("uidmap", uidmap)])),
                ("kernel", .string(names.release)),
                ("os", .string("linux")),
                // The rootless default network, and where its program is ("" if not installed).
                ("pasta", .map([("executable", .string(PastaNetwork.path ?? ""))])),
                ("rootlessNetworkCmd", .string(PastaNetwork.path == nil && SlirpNetwork.path != nil ? "slirp4netns" : "pasta")),
                ("security", .map([("rootless", .bool(rootless))])),
                ("slirp4netns", .map([("executable", .string(SlirpNetwork.path ?? ""))])),
            ])),
            ("store", .map([
                ("containerStore", .map([
                    ("number", .int(Int64(containers.count))),
                    ("paused", count(.paused)),
                    ("running", count(.running)),
                    ("stopped", .int(Int64(containers.filter { $0.state.status == .exited || $0.state.status == .created }.count))),
                ])),
                ("graphDriverName", .string("overlay")),
                ("graphOptions", overlay.options),
                ("graphRoot", .string(layout.root)),
                ("graphStatus", overlay.status),
                ("imageStore", .map([("number", .int(Int64(ImageStore(layout: layout).list().count)))])),
                ("runRoot", .string(layout.runroot)),
            ])),
            ("version", .map([
                ("Version", .string(version)),
                ("Os", .string("linux")),
                ("OsArch", .string("linux/" + Platform.goArchitecture)),
            ])),
        ])
    }

    static func idMaps(_ maps: [IDMapping]) -> TemplateValue {
        .list(maps.map {
            .map([("container_id", .int(Int64($0.containerID))), ("host_id", .int(Int64($0.hostID))), ("size", .int(Int64($0.size)))])
        })
    }

    /// Podman says v2 only when /sys/fs/cgroup itself is cgroup2; a hybrid
    /// host is v1 (unless hull is told to use only its cgroup2 part).
    static func cgroupVersion() -> String {
        guard let layout = ContainerCgroup.hostLayout() else { return "v1" }
        return layout.mode == .unified ? "v2" : "v1"
    }

    /// The controllers containers can be limited with, as `podman info`
    /// lists them: as root those the host offers hull (the v1 hierarchies,
    /// or the cgroup2 root's); rootless those of the delegated cgroup,
    /// none without one.
    static func cgroupControllers() -> [CgroupController] {
        guard let layout = ContainerCgroup.hostLayout() else { return [] }
        if ContainerCgroup.rootless {
            guard case .delegated(let delegated) = ContainerCgroup.delegation else { return [] }
            return delegated.controllers().sorted()
        }
        if layout.mode != .unified {
            return Set(layout.v1MountPoints.keys.filter { !$0.isNamedHierarchy }).sorted()
        }
        let root = layout.unifiedMountPoint.map { CgroupDelegation(directory: $0, cgroup: "/") }
        return root?.controllers().sorted() ?? []
    }

    static func cgroupDelegation() -> String {
        guard ContainerCgroup.rootless, case .delegated(let delegated) = ContainerCgroup.delegation else { return "" }
        return delegated.cgroup
    }

    private static func uname() -> (nodename: String, release: String) {
        var names = utsname()
        guard Glibc.uname(&names) == 0 else { return ("", "") }
        func field<T>(_ value: inout T) -> String {
            withUnsafeBytes(of: &value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return (field(&names.nodename), field(&names.release))
    }
}
