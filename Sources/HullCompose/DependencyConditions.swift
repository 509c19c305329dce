import HullEngine

/// `depends_on` conditions beyond start order, checked before a service's
/// containers are created or started.
extension Reconciler {
    func awaitDependencies(of s: ComposeService, project: ComposeProject, warnedHealth: inout Bool) throws(HullError) {
        for dep in s.dependsOn.keys.sorted() {
            let condition = s.dependsOn[dep]!.condition
            switch condition {
            case "service_completed_successfully":
                for c in containers(of: project.name) where c.composeService == dep && !c.isOneOff {
                    let code = try ContainerLifecycle(layout: layout).wait(c)
                    if code != 0 {
                        throw HullError(.failure, "service \"\(dep)\" didn't complete successfully: exit \(code)")
                    }
                }
            case "service_healthy":
                // hull runs no health checks yet: the order is kept, the wait is not.
                if !warnedHealth {
                    Warning.emit("depends_on condition service_healthy is not waited for yet: hull has no health checks; \(s.name) starts once \(dep) has started")
                    warnedHealth = true
                }
            default:
                continue
            }
        }
    }
}
