import CHull
#if canImport(Glibc)
import Glibc
#endif

/// A monitor's healthchecks: its pump calls `tick` when the time it asked
/// for has come (no timer process, no systemd), and sleeps on its poll in
/// between. A check runs to its end (or its timeout) inside the tick.
final class HealthSchedule {
    let layout: StoreLayout
    let container: Container
    let config: HealthConfig
    let action: HealthOnFailure
    private var nextCheck: Int64
    /// After a stop or restart action: when the stop signal turns into SIGKILL.
    private var killAt: Int64?
    private var acted = false

    /// nil for a container without a scheduled check (none, or interval 0).
    init?(layout: StoreLayout, container: Container) {
        guard let config = container.config.healthcheck, !config.isDisabled else { return nil }
        self.layout = layout
        self.container = container
        self.config = config
        action = container.config.healthOnFailure ?? .none
        nextCheck = 0
        // A (re)started container is starting again, checked or not.
        try? HealthStore(layout: layout).update(container.id) { $0.restart() }
        guard let first = delay() else { return nil }
        nextCheck = HealthProbe.now() + first
    }

    /// Milliseconds until the first tick.
    var firstTick: Int32 { Self.milliseconds(nextCheck - HealthProbe.now()) }

    /// Docker's rule: during the start period, the start interval (when
    /// given) instead of the interval. nil: no scheduled checks.
    private func delay() -> Int64? {
        let interval = config.Interval ?? HealthConfig.defaultInterval
        if let startInterval = config.StartInterval, let started = container.state.startedAt,
           started.timeIntervalSinceNow * -1e9 < Double(config.StartPeriod ?? 0) {
            return startInterval
        }
        return interval > 0 ? interval : nil
    }

    /// Does what is due; returns the milliseconds until the next tick, -1 for none.
    func tick() -> Int32 {
        var now = HealthProbe.now()
        if let at = killAt, now >= at {
            kill(container.state.pid, SIGKILL)
            killAt = nil
        }
        if !acted && now >= nextCheck {
            if let report = try? HealthChecker(layout: layout).check(container, config), report.unhealthy, action != .none {
                acted = true
                try? HealthFailureAction(layout: layout).apply(action, to: container, waitForStop: false)
                if action == .stop || action == .restart {
                    killAt = HealthProbe.now() + Int64(container.config.stopTimeout ?? 10) * 1_000_000_000
                }
            }
            now = HealthProbe.now()
            nextCheck = now + (delay() ?? Int64.max / 2)
        }
        let next = acted ? (killAt ?? -1) : min(nextCheck, killAt ?? Int64.max)
        return next < 0 ? -1 : Self.milliseconds(next - now)
    }

    private static func milliseconds(_ ns: Int64) -> Int32 {
        Int32(clamping: max(0, (ns + 999_999) / 1_000_000))
    }

    /// The pump's view of `tick`: a C function and this object.
    static let callback: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { context in
        guard let context else { return -1 }
        return Unmanaged<HealthSchedule>.fromOpaque(context).takeUnretainedValue().tick()
    }
}
