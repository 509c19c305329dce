#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Runs a container's healthcheck once and records the result: for the
/// monitor on its schedule and for `healthcheck run`.
public struct HealthChecker {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// What a check left: the results as now stored, and the check itself.
    public struct Report: Sendable {
        public var results: HealthResults
        public var outcome: HealthProbe.Outcome
        /// This check made the container unhealthy (or found it so).
        public var unhealthy: Bool { results.Status == .unhealthy && outcome.entry.ExitCode != 0 }
    }

    /// `healthcheck run NAME`, with Podman's refusals.
    public func runNow(_ nameOrID: String) throws(HullError) -> Report {
        let store = ContainerStore(layout: layout)
        let c: Container
        do {
            c = try store.require(nameOrID)
        } catch {
            throw HullError(.failure, "unable to look up \(nameOrID) to perform a health check: \(error.message)")
        }
        guard c.state.status == .running else { throw HullError(.failure, "container \(c.id) is not running") }
        guard let config = c.config.healthcheck, !config.isDisabled else {
            throw HullError(.failure, "container \(c.id) has no defined healthcheck")
        }
        let report = try check(c, config)
        if report.unhealthy, let action = c.config.healthOnFailure, action != .none {
            try HealthFailureAction(layout: layout).apply(action, to: c, waitForStop: true)
        }
        if let failure = report.outcome.failure { throw failure }
        if report.outcome.timedOut {
            throw HullError(.failure, "healthcheck command exceeded timeout of \(GoDuration.format(config.Timeout ?? HealthConfig.defaultTimeout))")
        }
        return report
    }

    /// One check of a running container, recorded.
    public func check(_ c: Container, _ config: HealthConfig) throws(HullError) -> Report {
        let outcome = HealthProbe(layout: layout).run(c, config)
        let inStartPeriod = c.state.startedAt.map {
            outcome.started < $0.addingTimeInterval(Double(config.StartPeriod ?? 0) / 1e9)
        } ?? false
        let results = try HealthStore(layout: layout).update(c.id) {
            $0.record(outcome.entry, inStartPeriod: inStartPeriod, retries: config.Retries ?? HealthConfig.defaultRetries)
        }
        // After every check, as Podman writes it, with the status it left.
        EventLog(layout: layout).append(.container("health_status", c.config, healthStatus: results.Status.rawValue))
        return Report(results: results, outcome: outcome)
    }
}

/// `--health-on-failure`, applied when a check turns a container unhealthy.
/// kill and stop leave it stopped (no restart policy applies, as after a
/// user's stop); restart has its monitor start it again.
public struct HealthFailureAction {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// Sends the signal the action starts with; `waitForStop`: and waits
    /// for the exit as `stop` does (the monitor cannot: it records it).
    public func apply(_ action: HealthOnFailure, to c: Container, waitForStop: Bool) throws(HullError) {
        let lifecycle = ContainerLifecycle(layout: layout)
        switch action {
        case .none:
            return
        case .kill:
            try lifecycle.markStoppedByUser(c.id)
            try lifecycle.kill(c, signal: SIGKILL)
        case .stop:
            if waitForStop { try lifecycle.stop(c, timeout: nil); return }
            try lifecycle.markStoppedByUser(c.id, stopping: true)
            try lifecycle.kill(c, signal: Signals.parse(c.config.stopSignal ?? "SIGTERM") ?? SIGTERM)
        case .restart:
            try markRestart(c.id)
            try lifecycle.kill(c, signal: Signals.parse(c.config.stopSignal ?? "SIGTERM") ?? SIGTERM)
            if waitForStop, try !lifecycle.waitForExit(c.id, timeout: Double(c.config.stopTimeout ?? 10)) {
                try lifecycle.kill(c, signal: SIGKILL)
            }
        }
    }

    private func markRestart(_ id: String) throws(HullError) {
        let store = ContainerStore(layout: layout)
        let lock = try store.lock(id)
        defer { lock.unlock() }
        var c = try store.load(id)
        c.state.healthRestart = true
        try store.saveState(c.config, c.state)
    }
}
