#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A container's health results: `containers/<id>/health.json`, kept
/// across stops (ps shows the last status of an exited container, as
/// Podman's). Written by its monitor and by `healthcheck run`, each
/// under a lock on the container's directory, which needs no file of
/// its own and goes with the container.
public struct HealthStore {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    func path(_ id: String) -> String { layout.containerDir(id) + "/health.json" }

    /// The results so far; empty for a container never checked.
    public func read(_ id: String) -> HealthResults {
        (try? JSONFile.read(HealthResults.self, from: path(id))) ?? HealthResults()
    }

    /// What ps and inspect show: nil for a container without a healthcheck.
    public func results(for c: Container) -> HealthResults? {
        c.config.healthcheck?.isDisabled ?? true ? nil : read(c.id)
    }

    /// Reads, changes and writes the results as one step.
    @discardableResult
    public func update(_ id: String, _ change: (inout HealthResults) -> Void) throws(HullError) -> HealthResults {
        let dir = open(layout.containerDir(id), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw HullError.noSuchContainer(id) }
        defer { close(dir) }
        while flock(dir, LOCK_EX) != 0 && errno == EINTR {}
        var results = read(id)
        change(&results)
        // Not fsynced: a lost check is redone at the next interval.
        try JSONFile.write(results, to: path(id), durable: false)
        return results
    }
}
