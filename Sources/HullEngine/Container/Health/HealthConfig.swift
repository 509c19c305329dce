/// A container's healthcheck in the image config's (Docker's) format, as
/// `.Config.Healthcheck` shows it: Test is ["CMD", args...],
/// ["CMD-SHELL", command] or ["NONE"]; durations in nanoseconds.
public struct HealthConfig: Codable, Equatable, Sendable {
    public var Test: [String]
    public var StartPeriod: Int64?
    public var StartInterval: Int64?
    public var Interval: Int64?
    public var Timeout: Int64?
    public var Retries: Int?

    public init(test: [String]) {
        Test = test
    }

    /// Podman's defaults: a check every 30 s, 30 s to answer, unhealthy
    /// after 3 failures in a row.
    public static let defaultInterval: Int64 = 30_000_000_000
    public static let defaultTimeout: Int64 = 30_000_000_000
    public static let defaultRetries = 3

    /// Whether it disables a check ("NONE", or nothing to run).
    public var isDisabled: Bool { command == nil }

    /// What runs in the container: CMD-SHELL through /bin/sh -c (as
    /// Podman, which ignores the image's SHELL), CMD as given.
    public var command: [String]? {
        guard let kind = Test.first else { return nil }
        let argv: [String]
        switch kind {
        case "", "NONE": return nil
        case "CMD": argv = Array(Test.dropFirst())
        case "CMD-SHELL": argv = ["/bin/sh", "-c", Test.dropFirst().joined(separator: " ")]
        default: argv = Test
        }
        guard let first = argv.first, !first.isEmpty else { return nil }
        return argv
    }

    /// The image's values with Podman's defaults where it left them out.
    public func withDefaults() -> HealthConfig {
        var c = self
        if (c.Interval ?? 0) == 0 { c.Interval = Self.defaultInterval }
        if (c.Timeout ?? 0) == 0 { c.Timeout = Self.defaultTimeout }
        if (c.Retries ?? 0) == 0 { c.Retries = Self.defaultRetries }
        return c
    }
}

/// `--health-on-failure`: what the monitor does once a container turns unhealthy.
public enum HealthOnFailure: String, Codable, Sendable, CaseIterable {
    case none, kill, restart, stop

    public static func parse(_ text: String) throws(HullError) -> HealthOnFailure {
        guard let action = HealthOnFailure(rawValue: text) else {
            throw HullError(.failure, "invalid on-failure action \"\(text)\" for health check: supported actions are none,kill,restart,stop")
        }
        return action
    }
}
