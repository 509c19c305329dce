/// `.State.Health`: the status, the failures in a row and the last five
/// checks, as Podman keeps them (its healthcheck.log).
public struct HealthResults: Codable, Equatable, Sendable {

    public struct Entry: Codable, Equatable, Sendable {
        /// RFC 3339 with nanoseconds, as Podman writes them.
        public var Start: String
        public var End: String
        /// 0 passed, 1 failed, -1 timed out (Podman's codes, not the command's).
        public var ExitCode: Int32
        public var Output: String

        public init(start: String, end: String, exitCode: Int32, output: String) {
            Start = start
            End = end
            ExitCode = exitCode
            Output = output
        }
    }

    public var Status: HealthStatus
    public var FailingStreak: Int
    public var Log: [Entry]?

    public init(status: HealthStatus = .none, failingStreak: Int = 0, log: [Entry]? = nil) {
        Status = status
        FailingStreak = failingStreak
        Log = log
    }

    /// Podman keeps this many checks.
    public static let keptEntries = 5
    /// ... and this much of each one's output.
    public static let keptOutput = 500

    /// A (re)started container is starting again; its old checks stay.
    public mutating func restart() {
        Status = .starting
        FailingStreak = 0
    }

    /// Podman's rules: a pass makes it healthy; a failure during the start
    /// period counts for nothing; otherwise the streak grows and reaching
    /// `retries` makes it unhealthy.
    public mutating func record(_ entry: Entry, inStartPeriod: Bool, retries: Int) {
        if entry.ExitCode == 0 {
            Status = .healthy
            FailingStreak = 0
        } else {
            if Status == .none { Status = .healthy }
            if !inStartPeriod {
                FailingStreak += 1
                if FailingStreak >= retries { Status = .unhealthy }
            }
        }
        var log = Log ?? []
        log.append(entry)
        if log.count > Self.keptEntries { log.removeFirst(log.count - Self.keptEntries) }
        Log = log
    }
}

/// A container's health: none ("", no check yet), starting, healthy, unhealthy.
public enum HealthStatus: String, Codable, Sendable {
    case none = "", starting, healthy, unhealthy
}
