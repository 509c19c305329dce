import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A helper program started next to a container by the process that owns
/// the container (foreground hull, or the monitor with -d): slirp4netns,
/// pasta, fuse-overlayfs. Its pid and start time are recorded in the
/// container's run dir, so that whoever ends the container stops it: the
/// owner (which also reaps it), or `rm` after the owner was killed, by the
/// recorded pid only while its start time matches (a reused pid is left
/// alone).
struct HelperProcess<Record: HelperRecord> {
    /// `<runDir>/<name>.json`.
    let file: String

    init(runDir: String, name: String) {
        file = runDir + "/" + name + ".json"
    }

    /// Remembers that this process started `pid` (and holds `exitFD`, whose
    /// closing tells it to end, when it has one), to stop and reap it.
    func own(pid: Int32, exitFD: Int32 = -1) {
        HelperProcessTable.owned[file] = (pid, exitFD)
    }

    func record(_ record: Record) throws(HullError) {
        do {
            try JSONFile.write(record, to: file)
        } catch {
            throw HullError(.failure, "recording its pid: \(error)", cause: error)
        }
    }

    /// Stops the helper and forgets it; returns its record for the caller's
    /// own cleanup (sockets). `patience`: how long a helper that is not
    /// this process's child gets after SIGTERM before SIGKILL (0: none),
    /// for helpers whose end others must wait for (a FUSE mount's daemon).
    /// Safe to repeat.
    @discardableResult
    func stop(patience: Int = 0) -> Record? {
        let record = try? JSONFile.read(Record.self, from: file)
        if let mine = HelperProcessTable.owned.removeValue(forKey: file) {
            if mine.exitFD >= 0 { close(mine.exitFD) }
            kill(mine.pid, SIGTERM)
            var waited = 0, status: Int32 = 0
            while patience > 0, waited < patience, waitpid(mine.pid, &status, WNOHANG) == 0 {
                usleep(10_000)
                waited += 10
            }
            if patience > 0 && waited >= patience { kill(mine.pid, SIGKILL) }
            if patience == 0 || waited >= patience { _ = hull_wait(mine.pid) }
        } else if let record, record.pid > 0, ProcessTable.isAlive(pid: record.pid, startTime: record.startTime) {
            kill(record.pid, SIGTERM)
            if patience > 0 {
                // Not our child: watch /proc until it is gone (or a zombie).
                var waited = 0
                while waited < patience, ProcessTable.isAlive(pid: record.pid, startTime: record.startTime) {
                    usleep(10_000)
                    waited += 10
                }
                if ProcessTable.isAlive(pid: record.pid, startTime: record.startTime) { kill(record.pid, SIGKILL) }
            }
        }
        unlink(file)
        return record
    }
}

/// What a helper's record holds at least.
protocol HelperRecord: Codable {
    var pid: Int32 { get }
    var startTime: UInt64? { get }
}

/// The helpers this process started, by record file: their pids and exit fds.
enum HelperProcessTable {
    nonisolated(unsafe) static var owned: [String: (pid: Int32, exitFD: Int32)] = [:]
}
