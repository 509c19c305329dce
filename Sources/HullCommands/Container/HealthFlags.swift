import ArgumentParser
import HullEngine

/// --health-* and --no-healthcheck, shared by run and create.
struct HealthFlags: ParsableArguments {
    @Option(name: .customLong("health-cmd"), help: "Command to check the container's health: a shell command, or a JSON array to exec (\"none\" disables the image's).")
    var command: String?

    @Option(name: .customLong("health-interval"), help: "Time between checks (default 30s; 0 or \"disable\": only `healthcheck run`).")
    var interval: String?

    @Option(name: .customLong("health-timeout"), help: "Time a check may take before it counts as failed (default 30s).")
    var timeout: String?

    @Option(name: .customLong("health-retries"), help: "Failures in a row that make the container unhealthy (default 3).")
    var retries: UInt?

    @Option(name: .customLong("health-start-period"), help: "Time after start during which failures do not count (default 0s).")
    var startPeriod: String?

    @Option(name: .customLong("health-start-interval"), help: "Time between checks during the start period (default: the interval).")
    var startInterval: String?

    @Option(name: .customLong("health-on-failure"), help: "What to do once unhealthy: none, kill, restart or stop (default none).")
    var onFailure: String?

    @Flag(name: .customLong("no-healthcheck"), help: "Disable the image's healthcheck.")
    var noHealthcheck = false

    var options: HealthOptions {
        var o = HealthOptions()
        o.command = command
        if let interval { o.interval = interval }
        if let timeout { o.timeout = timeout }
        if let retries { o.retries = retries }
        if let startPeriod { o.startPeriod = startPeriod }
        o.startInterval = startInterval
        if let onFailure { o.onFailure = onFailure }
        o.disabled = noHealthcheck
        return o
    }
}

extension HealthFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<HealthFlags> { OptionTable<HealthFlags>([
        .option("--health-cmd") { $0.command = $1 },
        .option("--health-interval") { $0.interval = $1 },
        .option("--health-timeout") { $0.timeout = $1 },
        .option("--health-retries") { $0.retries = $1 },
        .option("--health-start-period") { $0.startPeriod = $1 },
        .option("--health-start-interval") { $0.startInterval = $1 },
        .option("--health-on-failure") { $0.onFailure = $1 },
        .flag("--no-healthcheck") { $0.noHealthcheck = $1 },
    ]) }
}
