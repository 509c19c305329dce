#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull exec -i` where the user may detach: the session runs under a
/// monitor of its own (see ExecSessionMonitor) and this process is only
/// its attached client, so that after the detach keys hull exits 0 and
/// the process keeps running, as with Podman's conmon.
struct ExecSessionClient {
    let layout: StoreLayout

    /// The session's exit code, or 0 when the user detached.
    func run(_ container: Container, _ options: ContainerExec.Options) throws(HullError) -> Int32 {
        let size = options.tty ? Terminal.windowSize(0) : nil
        let body: Data
        do {
            body = try JSONEncoder().encode(ExecSessionRequest(options, consoleSize: size))
        } catch {
            throw HullError(.failure, "encoding the exec request: \(error)", cause: error)
        }
        let connection = try startMonitor(container.id)
        let pid: Int32
        do {
            try send(connection, Array(body))
            pid = try receiveReport(connection)
        } catch {
            close(connection)
            throw error
        }
        var client = AttachClient.Options()
        client.forwardInput = true
        client.tty = options.tty
        client.detachKeys = options.detachKeys
        client.proxySignalsTo = pid
        switch AttachClient(connection: connection, options: client).run() {
        case .exited(let code): return code
        case .detached: return 0
        case .hungUp: throw HullError(.failure, "the exec session's monitor ended before the session did")
        }
    }

    /// The monitor, in a session of its own; returns the connection to it.
    private func startMonitor(_ id: String) throws(HullError) -> Int32 {
        try HiddenVerbProcess.spawn(layout: layout, verb: ExecSessionMonitor.hiddenCommand, [id], what: "the exec session's monitor")
    }

    private func send(_ fd: Int32, _ bytes: [UInt8]) throws(HullError) {
        var n: Int
        repeat {
            n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        } while n < 0 && errno == EINTR
        guard n == bytes.count else {
            throw HullError(.failure, "sending the exec request to its monitor: \(LinuxError("send").reason)")
        }
    }

    /// "0 PID" once the process runs, or "CODE message" when it did not start.
    private func receiveReport(_ fd: Int32) throws(HullError) -> Int32 {
        var chunk = [UInt8](repeating: 0, count: 4096)
        var n: Int
        repeat {
            n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        } while n < 0 && errno == EINTR
        let parts = String(decoding: chunk[0..<max(n, 0)], as: UTF8.self).split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let code = Int32(parts[0]) else {
            throw HullError(.failure, "the exec session's monitor died before the session started")
        }
        if code == 0, let pid = Int32(parts[1]) { return pid }
        throw HullError(HullError.Code(rawValue: code) ?? .failure, parts[1])
    }
}
