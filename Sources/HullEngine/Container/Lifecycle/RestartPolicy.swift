/// `--restart`: what the monitor does when the container's process exits.
public struct RestartPolicy: Equatable, Sendable {
    public enum Kind: String, Sendable { case no, always, onFailure = "on-failure", unlessStopped = "unless-stopped" }

    public let kind: Kind
    /// on-failure:N — at most N restarts (0: no limit).
    public let maxRetries: Int

    public init(parsing text: String) throws(HullError) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let kind = Kind(rawValue: first) else {
            throw HullError(.failure, "invalid restart policy \"\(text)\": must be no, always, on-failure[:N] or unless-stopped")
        }
        var retries = 0
        if parts.count == 2 {
            guard kind == .onFailure, let n = Int(parts[1]), n >= 0 else {
                throw HullError(.failure, "invalid restart policy \"\(text)\": only on-failure takes a retry count")
            }
            retries = n
        }
        self.kind = kind
        self.maxRetries = retries
    }

    /// Whether to start again after an exit with `code`, after `restarts` restarts,
    /// unless a user stopped it.
    public func shouldRestart(exitCode code: Int32, restarts: Int, stoppedByUser: Bool) -> Bool {
        if stoppedByUser { return false }
        switch kind {
        case .no: return false
        case .always, .unlessStopped: return true
        case .onFailure: return code != 0 && (maxRetries == 0 || restarts < maxRetries)
        }
    }
}
