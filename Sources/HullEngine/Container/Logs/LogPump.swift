import CHull
#if canImport(Glibc)
import Glibc
#endif

/// Copies a container's stdout and stderr into its k8s-file log:
/// `<RFC3339Nano> stdout|stderr F|P <text>` a line, P marking a partial
/// line, as Podman writes; rotates past `maxSize`. Meanwhile it serves the
/// attach socket: output to every attached client, their input to the
/// container. The loop is C (hull_monitor_pump) so an idle monitor keeps
/// little of hull resident.
struct LogPump {
    let fds: [(Int32, String)]
    /// nil: no log (an exec session's output goes to its clients only).
    let path: String?
    let maxSize: Int64?
    var listenFD: Int32 = -1
    var clientFD: Int32 = -1
    var stdinFD: Int32 = -1
    var ttyFD: Int32 = -1
    /// Per stream, where output also goes (a foreground run's own stdout
    /// and stderr); nil in the monitor.
    var mirrorFDs: [Int32]?
    /// Only a monitor, which waits for days, gives its pages back.
    var releasePages = true
    /// The monitor's healthchecks, ticked between reads.
    var schedule: HealthSchedule?

    func run() {
        let descriptors = fds.map { $0.0 }
        var names: [UnsafeMutablePointer<CChar>?] = fds.map { strdup($0.1) }
        defer { names.forEach { free($0) } }
        descriptors.withUnsafeBufferPointer { fdBuf in
            names.withUnsafeMutableBufferPointer { nameBuf in
                nameBuf.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: nameBuf.count) { namePtr in
                    withOptionalCString(path) { logPath in
                        let mirrors = mirrorFDs ?? []
                        mirrors.withUnsafeBufferPointer { mirrorBuf in
                            var pump = hull_pump(fds: fdBuf.baseAddress, streams: namePtr, count: fdBuf.count,
                                                 log_path: logPath, max_size: maxSize ?? 0, listen_fd: listenFD,
                                                 client_fd: clientFD, stdin_fd: stdinFD, tty_fd: ttyFD,
                                                 release_pages: releasePages ? 1 : 0,
                                                 mirror_fds: mirrorFDs == nil ? nil : mirrorBuf.baseAddress,
                                                 tick: schedule == nil ? nil : HealthSchedule.callback,
                                                 tick_context: schedule.map { Unmanaged.passUnretained($0).toOpaque() },
                                                 tick_ms: schedule?.firstTick ?? -1)
                            hull_monitor_pump(&pump)
                        }
                    }
                }
            }
        }
    }

    private func withOptionalCString<R>(_ s: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
        guard let s else { return body(nil) }
        return s.withCString { body($0) }
    }
}
