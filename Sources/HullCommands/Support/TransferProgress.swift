import HullEngine
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Pull and push progress on stderr: on a terminal one line per blob with
/// bytes, total and rate, redrawn in place; otherwise Podman's plain lines
/// (`Copying blob 1a2b3c4d5e6f done`).
final class TransferProgress: TransferObserver, Sendable {
    private let live: Bool
    private let state = Mutex(State())

    private struct Blob {
        var digest: String
        var size: Int64
        var bytes: Int64 = 0
        var started: Double
        var status: String?
    }

    private struct State {
        var blobs: [Blob] = []
        var drawnLines = 0
        var lastDraw = 0.0
    }

    init() {
        live = isatty(2) == 1 && getenv("TERM").map { String(cString: $0) } != "dumb"
    }

    func note(_ line: String) {
        state.withLock { state in
            // Notes come before and after the blobs, never between bars.
            if live && state.drawnLines > 0 { redraw(&state, force: true) }
            StandardError.write(line + "\n")
            if live { state.drawnLines = 0; state.blobs.removeAll() }
        }
    }

    func blobStarted(_ digest: String, size: Int64) {
        state.withLock { state in
            state.blobs.append(Blob(digest: digest, size: size, started: Self.now()))
            if live { redraw(&state, force: true) }
        }
    }

    func blobProgress(_ digest: String, bytes: Int64) {
        guard live else { return }
        state.withLock { state in
            guard let i = state.blobs.firstIndex(where: { $0.digest == digest }) else { return }
            state.blobs[i].bytes = bytes
            redraw(&state, force: false)
        }
    }

    func blobFinished(_ digest: String, skipped: Bool) {
        let status = skipped ? "skipped: already exists" : "done"
        state.withLock { state in
            if live {
                if let i = state.blobs.firstIndex(where: { $0.digest == digest }) {
                    state.blobs[i].status = status
                    state.blobs[i].bytes = state.blobs[i].size
                } else {
                    state.blobs.append(Blob(digest: digest, size: 0, started: Self.now(), status: status))
                }
                redraw(&state, force: true)
            } else {
                StandardError.write("Copying blob \(Self.short(digest)) \(status)\n")
            }
        }
    }

    private func redraw(_ state: inout State, force: Bool) {
        let now = Self.now()
        guard force || now - state.lastDraw >= 0.1 else { return }
        state.lastDraw = now
        var out = state.drawnLines > 0 ? "\u{1b}[\(state.drawnLines)A" : ""
        for blob in state.blobs {
            out += "\r\u{1b}[2KCopying blob \(Self.short(blob.digest)) "
            if let status = blob.status {
                out += status
            } else {
                let rate = Double(blob.bytes) / max(now - blob.started, 0.001)
                out += "\(Self.bar(blob.bytes, blob.size)) \(ByteSize.human(blob.bytes)) / \(ByteSize.human(blob.size)) | \(ByteSize.human(Int64(rate)))/s"
            }
            out += "\n"
        }
        state.drawnLines = state.blobs.count
        StandardError.write(out)
    }

    private static func bar(_ done: Int64, _ total: Int64) -> String {
        let width = 20
        let filled = total > 0 ? Int(Double(width) * Double(min(done, total)) / Double(total)) : 0
        return "[" + String(repeating: "=", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }

    static func short(_ digest: String) -> String {
        String((digest.split(separator: ":").last ?? Substring(digest)).prefix(12))
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
