import HullEngine

extension Reconciler {
    /// The service containers (not one-off ones) of the named services, or
    /// of all; an unknown service name is an error.
    public func serviceContainers(_ project: ComposeProject, _ services: [String]) throws(HullError) -> [Container] {
        for name in services where project.service(name) == nil { throw HullError(.failure, "no such service: \(name)") }
        return containers(of: project.name).filter { c in
            !c.isOneOff && (services.isEmpty ? project.service(c.composeService ?? "") != nil : services.contains(c.composeService ?? ""))
        }
    }
}

extension Reconciler {
    /// `up --wait`: every service container is running, or has exited 0
    /// (a one-shot job); the first that failed is named.
    public func checkRunning(_ project: ComposeProject, services: [String]) throws(HullError) {
        let names = Set(try selection(project, services).map(\.name))
        for c in containers(of: project.name) where !c.isOneOff && names.contains(c.composeService ?? "") {
            if c.state.status == .exited && c.state.exitCode != 0 {
                throw HullError(.failure, "container \(c.name) exited (\(c.state.exitCode))")
            }
        }
    }
}
