#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `--health-*` flags of run and create, as typed; `resolve` turns
/// them (and the image's HEALTHCHECK) into the container's healthcheck
/// with Podman's rules and error texts.
public struct HealthOptions: Sendable, Equatable {
    public var command: String?
    public var interval = "30s"
    public var timeout = "30s"
    public var retries: UInt = 3
    public var startPeriod = "0s"
    public var startInterval: String?
    public var disabled = false
    public var onFailure = "none"

    public init() {}

    /// The container's healthcheck: the flags' when --health-cmd is given,
    /// ["NONE"] with --no-healthcheck, else the image's.
    public func resolve(image: HealthConfig?) throws(HullError) -> (HealthConfig?, HealthOnFailure) {
        let action = try HealthOnFailure.parse(onFailure)
        var config: HealthConfig?
        if disabled {
            if let command, !command.isEmpty {
                throw HullError(.failure, "cannot specify both --no-healthcheck and --health-cmd")
            }
            config = HealthConfig(test: ["NONE"])
        } else if let command, !command.isEmpty {
            config = try fromFlags(command)
        } else {
            config = image.map { $0.withDefaults() }
        }
        // A disabled check stays in the config as ["NONE"], as Podman shows it.
        if action != .none && config == nil {
            throw HullError(.failure, "cannot set on-failure action to \(action.rawValue) without a health check")
        }
        return (config, action)
    }

    /// Podman's makeHealthCheckFromCli: a JSON array of several words is
    /// an exec form, anything else one shell command.
    private func fromFlags(_ text: String) throws(HullError) -> HealthConfig {
        let array = text.hasPrefix("[") ? (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) : nil
        var test: [String]
        let words = array ?? text.split(separator: " ", maxSplits: 1).map(String.init)
        if words.first == "CMD" || words.first == "none" {
            test = text.split(separator: " ").map(String.init)
            if let array { test = array }
        } else if words.first == "CMD-SHELL" {
            test = words
        } else if let array, array.count > 1 {
            test = ["CMD"] + array
        } else {
            test = ["CMD-SHELL", words.joined(separator: " ")]
        }
        if test.first == "none" { test = ["NONE"] }
        var c = HealthConfig(test: test)
        c.Interval = try Self.duration(interval == "disable" ? "0" : interval, "healthcheck-interval")
        guard retries >= 1 else { throw HullError(.failure, "healthcheck-retries must be greater than 0") }
        c.Retries = Int(retries)
        let t = try Self.duration(timeout, "healthcheck-timeout")
        guard t >= 1 else { throw HullError(.failure, "healthcheck-timeout must be at least 1 second") }
        c.Timeout = t
        let start = try Self.duration(startPeriod, "healthcheck-start-period")
        guard start >= 0 else { throw HullError(.failure, "healthcheck-start-period must be 0 seconds or greater") }
        c.StartPeriod = start == 0 ? nil : start  // omitted as Podman omits it
        if let startInterval {
            let si = try Self.duration(startInterval, "healthcheck-start-interval")
            guard si >= 1 else { throw HullError(.failure, "healthcheck-start-interval must be at least 1 second") }
            c.StartInterval = si
        }
        return c
    }

    private static func duration(_ text: String, _ what: String) throws(HullError) -> Int64 {
        switch GoDuration.parseWithReason(text) {
        case .success(let n): return n
        case .failure(let e): throw HullError(.failure, "invalid \(what): \(e.message)")
        }
    }
}
