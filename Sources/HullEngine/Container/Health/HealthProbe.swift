#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// One run of a container's health command: an exec session in its
/// namespaces with stdout and stderr on one pipe, ended at the timeout.
public struct HealthProbe {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// What one check found.
    public struct Outcome: Sendable {
        public var entry: HealthResults.Entry
        public var started: Date
        public var timedOut: Bool
        /// The session could not be started for a reason of hull's own.
        public var failure: HullError?
    }

    public func run(_ container: Container, _ config: HealthConfig) -> Outcome {
        let started = Date()
        let timeout = config.Timeout ?? HealthConfig.defaultTimeout
        var output: [UInt8] = []
        var code: Int32 = 1
        var timedOut = false
        var failure: HullError?
        do {
            (code, timedOut) = try execute(container, config.command ?? [], timeout: timeout, output: &output)
        } catch {
            // A command that cannot be found or run is a failed check (as
            // Podman's); anything else is hull's own error as well.
            if error.code != .commandNotFound && error.code != .cannotInvoke { failure = error }
            output = Array(error.message.utf8)
            code = 1
        }
        var text = String(decoding: output.prefix(HealthResults.keptOutput), as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        let exit: Int32 = timedOut ? -1 : (code == 0 ? 0 : 1)
        let entry = HealthResults.Entry(start: Timestamp.rfc3339Nano(started), end: Timestamp.rfc3339Nano(Date()),
                                        exitCode: exit, output: timedOut ? "" : text)
        return Outcome(entry: entry, started: started, timedOut: timedOut, failure: failure)
    }

    private func execute(_ c: Container, _ command: [String], timeout: Int64,
                         output: inout [UInt8]) throws(HullError) -> (Int32, Bool) {
        let pipe: (Int32, Int32)
        do { pipe = try Pipe.make() } catch { throw HullError(.failure, "creating a pipe: \(error)", cause: error) }
        defer { close(pipe.0) }
        let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { if devNull >= 0 { close(devNull) } }
        // Exec joins the container's pid namespace for the children of
        // this process; a monitor's next child (a restart) must not.
        let ownPidNamespace = open("/proc/self/ns/pid", O_RDONLY | O_CLOEXEC)
        defer { if ownPidNamespace >= 0 { close(ownPidNamespace) } }
        let process: SpawnedProcess
        do {
            defer {
                close(pipe.1)
                if ownPidNamespace >= 0 { try? Namespace.enterForChildren(pidNamespaceFD: ownPidNamespace) }
            }
            process = try ContainerExec(layout: layout).spawn(
                c, ContainerExec.Options(command: command), hostEnvironment: [:], stdio: (devNull, pipe.1, pipe.1),
                console: nil, parentDeathSignal: SIGKILL, forwardSignals: false)
        }
        let deadline = Self.now() + timeout
        var timedOut = false
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let left = deadline - Self.now()
            if left <= 0 { timedOut = true; break }
            var p = pollfd(fd: pipe.0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, Int32(min(left / 1_000_000 + 1, Int64(Int32.max))))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            let n = chunk.withUnsafeMutableBytes { read(pipe.0, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }  // every writer is gone: the command is done
            if output.count < HealthResults.keptOutput { output += chunk[0..<n] }
        }
        if timedOut {
            // The command's children too (`sh -c 'sleep 100'`): they share
            // the monitor's process group, so they are found by parent.
            for pid in [process.pid] + Self.descendants(of: process.pid) { kill(pid, SIGKILL) }
        }
        let code: Int32
        do { code = try process.wait() } catch { throw HullError(.failure, "waiting for the health check: \(error)", cause: error) }
        return (code, timedOut)
    }

    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// Every process below `root`, from /proc's parent links.
    static func descendants(of root: Int32) -> [Int32] {
        var children: [Int32: [Int32]] = [:]
        guard let dir = opendir("/proc") else { return [] }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let pid = Int32(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = Int32(fields[1]) { children[parent, default: []].append(pid) }
        }
        var found: [Int32] = [], queue = [root]
        while let next = queue.popLast() {
            for child in children[next] ?? [] where !found.contains(child) {
                found.append(child)
                queue.append(child)
            }
        }
        return found
    }
}
