#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Builds the flat description the C child executes, from a container's
/// config and its image. All decisions are made here, none in the child.
/// Networking (the namespace, /etc/hosts, /etc/resolv.conf) is added by
/// ContainerNetworking, which knows the container's addresses.
struct ProcessSpecBuilder {
    let layout: StoreLayout
    var store: ContainerStore { ContainerStore(layout: layout) }

    /// The spec, and the root overlay as it was rendered into it (a FUSE
    /// backend leaves the mount to its program: see `RootOverlay.fuseMount`).
    func build(_ config: ContainerConfig, image: Image) throws(HullError) -> (IsolatedProcessSpec, RootOverlay) {
        let layers = LayerStore(layout: layout)
        let id = config.id
        let runDir = store.runDir(id)
        let rootfs = store.rootfsMountPoint(id)
        let hostsFile = runDir + "/hosts"
        let hostnameFile = runDir + "/hostname"
        let containerEnvFile = runDir + "/containerenv"
        let localtimeFile = config.timezone == nil ? nil : runDir + "/localtime"
        do {
            try FileSystem.makeDirectories(rootfs, mode: 0o755)
            try AtomicFile.write(Array((config.hostname + "\n").utf8), to: hostnameFile, durable: false)
            let envText = ContainerEnvFile.contents(config, privileged: config.privileged == true, rootless: geteuid() != 0)
            try AtomicFile.write(Array(envText.utf8), to: containerEnvFile, durable: false)
            // A copy, as Podman makes: the host's zoneinfo may change or go.
            if let zone = config.timezone, let localtimeFile {
                try AtomicFile.write(try FileSystem.readFile(try Timezone.zoneFile(zone)), to: localtimeFile, durable: false)
            }
        } catch {
            throw HullError(.failure, "preparing container \(id): \(error)", cause: error)
        }

        let upper = store.upperDir(id)
        let lowerDirs = image.record.layers.reversed().map { layers.diffDirectory($0) }
        let user = try UserResolver(files: LayeredFiles(directories: [upper] + lowerDirs))
            .resolve(config.user, groupAdd: config.groupAdd ?? [])

        var spec = IsolatedProcessSpec()
        spec.cloneFlags = NamespaceModes.cloneFlags(config)
        // After the parent moved the child into its cgroup, so that the
        // container sees that cgroup as its root.
        spec.unshareFlags = Namespace.cgroup
        spec.rootfs = rootfs
        var lowerDir: ((String) -> String)?
        if let ids = config.idMappings, ids.mode == ContainerIDMappings.keepID {
            try KeepIDContainer(layout: layout, environment: ProcessInfo.processInfo.environment).ensureLayerCopies(config, image: image)
            lowerDir = { KeepIDContainer.relativeLowerDir($0, ids: ids) }
        }
        if config.autoRemove { VolatileOverlayMarker.clearIfStale(workDir: store.workDir(id)) }
        var overlay = try RootFileSystem.overlay(layersDir: layout.layersDir, diffIDs: image.record.layers,
                                                 upper: upper, work: store.workDir(id), target: rootfs,
                                                 volatile: config.autoRemove,
                                                 lowerDir: lowerDir ?? { Identifier.hexPart($0) + "/diff" })
        let security = try SecuritySettings(config: config, layout: layout)
        security.apply(to: &spec)
        // config.tmpfs: containers created before --tmpfs joined the mounts.
        let mounts = (config.tmpfs ?? []).compactMap { try? MountParser.tmpfs($0) } + (config.mounts ?? [])
            + (config.devices ?? []).map(DeviceOptions.mount)
        spec.steps += MountSteps.placed(try MountSteps(layout: layout).steps(for: mounts), mounts: mounts,
            among: RootFileSystem.standardMounts(rootfs: rootfs, hostsFile: hostsFile, hostnameFile: hostnameFile,
                                                 containerEnvFile: containerEnvFile, localtimeFile: localtimeFile,
                                                 shmSize: config.shmSize,
                                                 ipcMode: config.ipcMode, privileged: security.privileged))
        if let cgroups = ContainerCgroup.hostLayout() {
            spec.lateSteps = CgroupMounts.steps(layout: cgroups, privileged: security.privileged)
        }
        if config.readOnly == true {
            // Last: the mounts above keep their own flags (/dev, /proc, tmpfs stay writable).
            spec.steps.append(MountStep(target: "/", flags: UInt(MS_BIND | MS_REMOUNT | MS_RDONLY)))
        }
        if let ids = config.idMappings {
            try UserNamespaceMounts(ids: ids).apply(
                to: &spec, overlay: &overlay,
                ownedFiles: [hostsFile, hostnameFile, containerEnvFile] + [localtimeFile].compactMap { $0 }, searchable: [layout.runroot, layout.containerRunDir, runDir],
                ownsNetwork: Self.hasOwnNetworkNamespace(config))
        }
        // A FUSE program takes the root unless the parent mounts it over
        // idmapped layers (a rootful user namespace).
        if let program = config.mountProgram, overlay.backend != .idmapped {
            overlay.backend = .fuse(program: program)
        }
        // Rendered once, last: the root is the child's first mount.
        if let step = overlay.mountStep { spec.steps.insert(step, at: 0) }
        spec.rlimits = Self.rlimits(config.ulimits ?? [])
        spec.hostname = config.hostname
        spec.runInit = config.initProcess == true
        spec.uid = user.uid
        spec.gid = user.gid
        spec.groups = user.additionalGids
        spec.workdir = config.workingDir
        spec.argv = config.command
        spec.env = ContainerEnvironment.value("HOME", in: config.env) == nil
            ? config.env + ["HOME=" + user.home] : config.env
        let path = ContainerEnvironment.value("PATH", in: spec.env) ?? ContainerEnvironment.defaultPath
        spec.pathDirectories = path.split(separator: ":").map(String.init)
        return (spec, overlay)
    }

    /// The namespaces every container gets; user and network ones are
    /// added by `UserNamespaceMounts` and `ContainerNetworking`.
    static let namespaces = Namespace.mount | Namespace.uts | Namespace.ipc | Namespace.pid

    /// A network namespace made with the process (bridge, none), which a
    /// user namespace made with it then owns; not the host's or another
    /// container's. (The network flags join the spec after it is built.)
    static func hasOwnNetworkNamespace(_ config: ContainerConfig) -> Bool {
        let mode = config.networking?.mode ?? (config.network == "host" ? .host : .none)
        return mode == .bridge || mode == .none || mode == .pasta || mode == .slirp4netns
    }

    /// Requested limits, capped at hull's own hard limits (which it cannot
    /// raise without CAP_SYS_RESOURCE), with a warning as Podman gives.
    static func rlimits(_ texts: [String]) -> [(Int32, UInt64, UInt64)] {
        texts.compactMap(ResourceLimits.parse).map { l in
            let cap = ResourceLimits.callerHardLimit(l.resource)
            if l.hard > cap || l.soft > cap {
                Warning.emit("ulimit \(l.name)=\(l.soft):\(l.hard) is above hull's hard limit \(cap); using \(min(l.soft, cap)):\(cap)")
            }
            return (l.resource, min(l.soft, cap), min(l.hard, cap))
        }
    }
}
