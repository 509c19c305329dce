import CHull
#if canImport(Glibc)
import Glibc
#endif

/// The monitor's side of its keeper (see monitor_keeper.c): the parent
/// it was forked from, a subreaper that inherits the container should the
/// monitor die, and then copies its output to the log and records its
/// exit. The monitor tells it what it watches; a keeper that went away
/// makes these messages fail, which changes nothing for the monitor.
struct MonitorKeeper {
    let fd: Int32
    let pid: Int32

    /// This process's keeper: only a monitor has one.
    static var current: MonitorKeeper? {
        let fd = hull_keeper_fd()
        return fd >= 0 ? MonitorKeeper(fd: fd, pid: hull_keeper_pid()) : nil
    }

    /// The container's output: stdout and stderr, or its terminal.
    func watchOutput(_ fds: [Int32], logPath: String, maxSize: Int64?) {
        var message: [UInt8] = [UInt8(ascii: "S")]
        withUnsafeBytes(of: maxSize ?? 0) { message += $0 }
        message += Array(logPath.utf8) + [0]
        send(message, fds)
    }

    /// The container's process, and where its exit is to be written.
    func watch(pid: Int32, exitRecord: String) {
        var message: [UInt8] = [UInt8(ascii: "P")]
        withUnsafeBytes(of: pid) { message += $0 }
        message += Array(exitRecord.utf8) + [0]
        send(message, [])
    }

    /// The exit is recorded (or the process never ran): nothing to take over.
    func recorded() {
        send([UInt8(ascii: "D")], [])
    }

    private func send(_ message: [UInt8], _ fds: [Int32]) {
        _ = message.withUnsafeBytes { bytes in
            fds.withUnsafeBufferPointer { hull_keeper_send(fd, bytes.baseAddress, bytes.count, $0.baseAddress, $0.count) }
        }
    }
}
