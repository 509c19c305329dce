import ArgumentParser
import HullEngine

/// `healthcheck run NAME`: one check now, recorded as the monitor's are.
/// Exit 0 when it passed; "unhealthy" and exit 1 when it failed.
struct HealthcheckRun: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the health check of a container now.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func execute(layout: StoreLayout) throws {
        guard containers.count == 1 else {
            throw HullError(.failure, "accepts 1 arg(s), received \(containers.count)")
        }
        let report = try HealthChecker(layout: layout).runNow(containers[0])
        if report.outcome.entry.ExitCode != 0 {
            print(HealthStatus.unhealthy.rawValue)
            throw ExitCode(1)
        }
    }
}
