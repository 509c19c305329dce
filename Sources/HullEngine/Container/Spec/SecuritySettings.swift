import HullLinux

/// What fences a container's process in: its capabilities, seccomp
/// program and no_new_privs, from the container's config. Podman's
/// defaults: 11 capabilities, Docker's seccomp profile.
struct SecuritySettings {
    let capabilities: CapabilitySet
    let seccompProgram: [UInt8]?
    let noNewPrivileges: Bool
    let privileged: Bool

    /// - compile: false only checks that the profile loads (at create).
    init(config: ContainerConfig, layout: StoreLayout, compile: Bool = true) throws(HullError) {
        privileged = config.privileged == true
        noNewPrivileges = config.noNewPrivileges == true
        do {
            let wanted = privileged ? CapabilitySet.allSupported
                : try CapabilitySet.resolve(default: .podmanDefault, add: config.capAdd ?? [], drop: config.capDrop ?? [])
            // Nobody can hand out what it lacks itself (here, root has no
            // CAP_SYS_RESOURCE): --privileged means all that hull holds.
            // A rootless container's capabilities are those of its own user
            // namespace, where its first process holds them all.
            let held = config.idMappings?.isRootless == true ? ~UInt64(0) : ProcessTable.ownPermittedCapabilities()
            capabilities = CapabilitySet(bits: wanted.supportedByKernel.bits & held)
        } catch {
            throw HullError(.failure, "\(error)", cause: error)
        }
        if privileged || config.seccompProfile == "unconfined" {
            seccompProgram = nil
            return
        }
        do {
            let custom = try config.seccompProfile.map { (path) throws(SeccompError) in try SeccompProfile.load(path: path) }
            guard compile else {
                seccompProgram = nil
                return
            }
            let profile = custom ?? SeccompProfile.standard
            // Compiling the default profile is slow next to the rest of a
            // start; the cache makes every later start read the program.
            seccompProgram = try SeccompCache(directory: layout.root + "/cache/seccomp")
                .program(for: profile, capabilities: capabilities)
        } catch {
            throw HullError(.failure, "\(error)", cause: error)
        }
    }

    func apply(to spec: inout IsolatedProcessSpec) {
        spec.capabilities = capabilities
        spec.seccompProgram = seccompProgram
        spec.noNewPrivileges = noNewPrivileges
    }
}
