#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The monitor of an interactive exec session (hull re-executed,
/// single-threaded, in a session of its own, see ExecSessionClient): the
/// parent of the exec'd process, it relays between it and the attached
/// `hull exec` and, once that client detaches, keeps reading its output
/// (and drops it: exec sessions are not logged, as with Podman) until it
/// exits.
public struct ExecSessionMonitor {
    public static let hiddenCommand = "exec-monitor"

    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// Serves the client connected on `connection` with a session in
    /// container `id`; returns the session's exit code.
    public func run(id: String, connection: Int32) -> Int32 {
        let request: ExecSessionRequest
        do {
            request = try receiveRequest(connection)
        } catch {
            report(connection, "\(error.code.rawValue) \(error.message)")
            return 125
        }
        let process: SpawnedProcess
        var pump: LogPump
        do {
            (process, pump) = try start(id, request)
        } catch {
            report(connection, "\(error.code.rawValue) \(error.message)")
            return error.code.rawValue
        }
        if pump.stdinFD >= 0 { _ = fcntl(pump.stdinFD, F_SETFL, fcntl(pump.stdinFD, F_GETFL) | O_NONBLOCK) }
        report(connection, "0 \(process.pid)")
        pump.clientFD = connection
        pump.run()
        let code = (try? process.wait()) ?? 125
        hull_attach_finish(code)
        return code
    }

    /// The process, running on a new terminal or on pipes, and the pump
    /// that serves them.
    private func start(_ id: String, _ request: ExecSessionRequest) throws(HullError) -> (SpawnedProcess, LogPump) {
        let c = try ContainerExec.requireRunning(id, layout: layout)
        let exec = ContainerExec(layout: layout)
        // The session dies with its monitor: nothing else would read it or reap it.
        if request.tty {
            let console = try ConsoleSocket()
            let process = try exec.spawn(c, request.options, hostEnvironment: [:], stdio: (-1, -1, -1),
                                         console: (console, request.consoleSize), parentDeathSignal: SIGKILL,
                                         forwardSignals: false)
            guard let master = console.receive() else {
                kill(process.pid, SIGKILL)
                _ = try? process.wait()
                throw HullError(.failure, "exec in \(c.id): the session's terminal never arrived")
            }
            var pump = LogPump(fds: [(master, "stdout")], path: nil, maxSize: nil)
            pump.ttyFD = master
            pump.stdinFD = fcntl(master, F_DUPFD_CLOEXEC, 3)
            return (process, pump)
        }
        var pipes: [(Int32, Int32)] = []
        do {
            for _ in 0..<3 { pipes.append(try Pipe.make()) }
        } catch {
            pipes.forEach { close($0.0); close($0.1) }
            throw HullError(.failure, "creating the session's pipes: \(error)", cause: error)
        }
        let (input, out, err) = (pipes[0], pipes[1], pipes[2])
        let process: SpawnedProcess
        do {
            process = try exec.spawn(c, request.options, hostEnvironment: [:], stdio: (input.0, out.1, err.1),
                                     console: nil, parentDeathSignal: SIGKILL, forwardSignals: false)
        } catch {
            pipes.forEach { close($0.0); close($0.1) }
            throw error
        }
        close(input.0); close(out.1); close(err.1)
        var pump = LogPump(fds: [(out.0, "stdout"), (err.0, "stderr")], path: nil, maxSize: nil)
        pump.stdinFD = input.1
        return (process, pump)
    }

    private func receiveRequest(_ fd: Int32) throws(HullError) -> ExecSessionRequest {
        // One packet: its size first, then the packet itself.
        var n: Int
        repeat { n = recv(fd, nil, 0, Int32(MSG_PEEK | MSG_TRUNC)) } while n < 0 && errno == EINTR
        guard n > 0 else { throw HullError(.failure, "no exec request from the client") }
        var body = [UInt8](repeating: 0, count: n)
        repeat {
            n = body.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        } while n < 0 && errno == EINTR
        guard n == body.count, let request = try? JSONDecoder().decode(ExecSessionRequest.self, from: Data(body)) else {
            throw HullError(.failure, "a malformed exec request")
        }
        return request
    }

    private func report(_ fd: Int32, _ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}
