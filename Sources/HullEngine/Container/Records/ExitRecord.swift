#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// How a container's process ended, as whoever reaped it wrote it down
/// before anything else: `<runDir>/exit`, the exit code in decimal (as
/// conmon's exit file), written when the process was reaped, so its time
/// is the exit's. The state file is the record; this one is what a later
/// hull recovers it from when the recorder died between reaping the
/// process and saving the state, or could not save it (a full disk).
///
/// An exit nobody saw (its recorder and the process both gone) is written
/// as -1, Podman's "exit code unknown", by the first command that notices
/// it: from then on every command reports the same code and time.
public struct ExitRecord: Equatable, Sendable {
    public static let unknown: Int32 = -1

    public var code: Int32
    public var time: Date

    static func path(runDir: String) -> String { runDir + "/exit" }

    /// The exit code in a file's text, nil when it holds none.
    static func parse(_ bytes: [UInt8]) -> Int32? {
        let text = String(decoding: bytes, as: UTF8.self)
        return Int32(text.split(whereSeparator: { $0.isWhitespace }).first ?? "")
    }

    static func read(runDir: String) -> ExitRecord? {
        let path = path(runDir: runDir)
        guard let bytes = try? FileSystem.readFile(path), let code = parse(bytes) else { return nil }
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let time = Date(timeIntervalSince1970: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
        return ExitRecord(code: code, time: time)
    }

    /// Written by the reaper; replaces any earlier record.
    static func write(_ code: Int32, runDir: String) {
        try? AtomicFile.write(Array(String(code).utf8), to: path(runDir: runDir), mode: 0o600, durable: false)
    }

    /// The record of an exit nobody saw: the one already written, or -1
    /// written now (the first writer wins, so all readers agree).
    static func notice(runDir: String) -> ExitRecord {
        if let known = read(runDir: runDir) { return known }
        let fd = open(path(runDir: runDir), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            let text = Array(String(unknown).utf8)
            _ = text.withUnsafeBytes { FileSystem.writeAll(fd, $0) }
            close(fd)
        }
        // Another command's just-made record may still be empty: theirs
        // says the same.
        return read(runDir: runDir) ?? ExitRecord(code: unknown, time: Date())
    }
}
