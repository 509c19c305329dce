import ArgumentParser

struct HealthcheckGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "healthcheck",
        abstract: "Run health checks on containers.",
        subcommands: [HealthcheckRun.self])
}
