/// Hears what a pull or push is doing, to show progress. Called from
/// several threads at once.
public protocol TransferObserver: Sendable {
    /// A step worth a line: "Trying to pull ...", "Writing manifest ...".
    func note(_ line: String)
    func blobStarted(_ digest: String, size: Int64)
    func blobProgress(_ digest: String, bytes: Int64)
    /// `skipped`: already present where it was going.
    func blobFinished(_ digest: String, skipped: Bool)
}

/// For callers that show nothing (`-q`, `run --pull` inside scripts).
public struct SilentTransferObserver: TransferObserver {
    public init() {}
    public func note(_ line: String) {}
    public func blobStarted(_ digest: String, size: Int64) {}
    public func blobProgress(_ digest: String, bytes: Int64) {}
    public func blobFinished(_ digest: String, skipped: Bool) {}
}
