#if canImport(Glibc)
import Glibc
#endif

/// Linux signal names and numbers, as `kill -s`, `--stop-signal` and image
/// StopSignal fields write them: `SIGTERM`, `TERM`, `term` or `15`.
public enum Signals {
    static let table: [(String, Int32)] = [
        ("HUP", 1), ("INT", 2), ("QUIT", 3), ("ILL", 4), ("TRAP", 5), ("ABRT", 6), ("IOT", 6), ("BUS", 7),
        ("FPE", 8), ("KILL", 9), ("USR1", 10), ("SEGV", 11), ("USR2", 12), ("PIPE", 13), ("ALRM", 14),
        ("TERM", 15), ("STKFLT", 16), ("CHLD", 17), ("CLD", 17), ("CONT", 18), ("STOP", 19), ("TSTP", 20),
        ("TTIN", 21), ("TTOU", 22), ("URG", 23), ("XCPU", 24), ("XFSZ", 25), ("VTALRM", 26), ("PROF", 27),
        ("WINCH", 28), ("IO", 29), ("POLL", 29), ("PWR", 30), ("SYS", 31),
    ]

    public static func parse(_ text: String) -> Int32? {
        if let n = Int32(text) { return (1...64).contains(n) ? n : nil }
        var name = text.uppercased()
        if name.hasPrefix("SIG") { name.removeFirst(3) }
        if let hit = table.first(where: { $0.0 == name }) { return hit.1 }
        // SIGRTMIN+N / SIGRTMAX-N
        if name.hasPrefix("RTMIN+"), let n = Int32(name.dropFirst(6)), n >= 0, 34 + n <= 64 { return 34 + n }
        if name.hasPrefix("RTMAX-"), let n = Int32(name.dropFirst(6)), n >= 0, 64 - n >= 34 { return 64 - n }
        if name == "RTMIN" { return 34 }
        if name == "RTMAX" { return 64 }
        return nil
    }

    public static func name(_ signal: Int32) -> String {
        table.first(where: { $0.1 == signal }).map { "SIG" + $0.0 } ?? "SIG\(signal)"
    }
}
