#if canImport(Glibc)
import Glibc
#endif

/// `wait --condition STATE`: the states Podman waits for. `stopped` and
/// `exited` end with the exit code; the others print -1 once reached.
public enum WaitCondition: Equatable, Sendable {
    case exit
    case state(ContainerState.Status)
    /// healthy or unhealthy (Docker's and later Podman's; Podman 4.3 has none).
    case health(HealthStatus)

    public static func parse(_ text: String) throws(HullError) -> WaitCondition {
        switch text {
        case "stopped", "exited": return .exit
        case "configured", "created": return .state(.created)
        case "running": return .state(.running)
        case "paused": return .state(.paused)
        case "stopping": return .state(.stopping)
        case "removing": return .state(.removing)
        case "healthy": return .health(.healthy)
        case "unhealthy": return .health(.unhealthy)
        default: throw HullError(.failure, "unknown container state: \(text): invalid argument")
        }
    }
}

extension ContainerLifecycle {
    /// Blocks until the container meets one of `conditions`; its exit code
    /// for an exit, else -1 (Podman's answer for a state).
    public func wait(_ container: Container, untilAnyOf conditions: [WaitCondition]) throws(HullError) -> Int32 {
        while true {
            guard let c = try store.find(container.id) else { throw HullError.noSuchContainer(container.id) }
            for condition in conditions {
                switch condition {
                case .state(let status) where c.state.status == status: return -1
                case .exit where c.state.status == .exited: return try wait(c)
                case .health(let status) where HealthStore(layout: layout).results(for: c)?.Status == status: return -1
                default: continue
                }
            }
            usleep(20_000)
        }
    }
}
