import HullLinux

extension ContainerStore {
    /// `update`: new limits, applied at once to a running container and
    /// kept for its next start.
    public func update(_ container: Container, resources: ResourceOptions) throws(HullError) {
        guard let new = try resources.limits() else { throw HullError(.failure, "no resource limits given to update") }
        let lock = try lock(container.id)
        defer { lock.unlock() }
        var c = try load(container.id)
        let merged = (c.config.limits ?? CgroupLimits()).merged(with: new)
        if c.state.status == .running || c.state.status == .paused {
            guard let manager = ContainerCgroup.attach(c) else {
                throw HullError(.failure, "cannot update: " + ContainerCgroup.missingReason(c))
            }
            var applied = merged
            if ContainerCgroup.rootless, let available = manager.enforceableControllers() {
                // A limit asked for now must be enforced (crun's error);
                // ones stored at create that the delegation lacked stay
                // ignored, as create said.
                if let missing = new.v2Controllers.subtracting(available).sorted().first {
                    throw HullError(.failure, "updating \(c.id): the requested cgroup controller `\(missing.rawValue)` is not available")
                }
                applied = merged.keeping(only: available)
            }
            do {
                try manager.apply(applied.withDefaultSwap())
            } catch {
                throw HullError(.failure, "updating \(c.id): \(error)", cause: error)
            }
        }
        c.config.limits = merged
        try JSONFile.write(c.config, to: layout.containerDir(c.id) + "/config.json")
    }
}
