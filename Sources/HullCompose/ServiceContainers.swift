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
