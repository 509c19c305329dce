/// A pod's state from its containers' (the infra container's included),
/// as Podman 4.3's CreatePodStatusResults derives it.
public enum PodStatus {
    public static func derive(_ statuses: [ContainerState.Status]) -> String {
        guard !statuses.isEmpty else { return "Created" }
        var running = 0, stopped = 0, created = 0, paused = 0, errored = 0
        for s in statuses {
            switch s {
            case .exited, .stopping: stopped += 1
            case .running: running += 1
            case .paused: paused += 1
            case .created: created += 1
            case .removing: errored += 1
            }
        }
        if running > 0 && (paused > 0 || stopped > 0 || errored > 0 || created > 0) { return "Degraded" }
        if paused == statuses.count { return "Paused" }
        if stopped == statuses.count { return "Exited" }
        if stopped > 0 { return "Stopped" }
        if errored > 0 { return "Error" }
        if running > 0 { return "Running" }
        return "Created"
    }
}
