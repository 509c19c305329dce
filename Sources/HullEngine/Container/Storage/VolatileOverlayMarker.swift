import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The mark a volatile overlay leaves in its work dir
/// (work/work/incompat/volatile), after which the kernel refuses to mount
/// that upper dir again: writes the overlay never synced may have been lost.
///
/// A --rm container is mounted once, so it meets the mark only when the
/// hull that started it was killed and someone starts it again. If the
/// host has not booted since that mount, nothing was lost (the page cache
/// still holds every write), and the mark is removed, as the kernel's
/// documentation allows. A mark from before the last boot stays, and the
/// start fails as the kernel intends.
enum VolatileOverlayMarker {
    /// `bootTime`: asked only when there is a mark (tests pass their own).
    static func clearIfStale(workDir: String, bootTime: () -> time_t? = { bootTime() }) {
        let inner = workDir + "/work"
        // A container never mounted has no work/work: one lstat.
        var st = stat()
        guard lstat(inner, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return }
        // The kernel makes work/work mode 0; its owner may open it up (the
        // kernel empties and remakes it at every mount anyway).
        if st.st_mode & 0o700 != 0o700 { chmod(inner, 0o700) }
        let marker = inner + "/incompat/volatile"
        guard lstat(marker, &st) == 0, let booted = bootTime(), st.st_mtim.tv_sec >= booted else { return }
        try? FileSystem.removeTree(inner + "/incompat")
    }

    /// When the host booted: /proc/stat's "btime" (seconds since the epoch).
    static func bootTime(procStat: String? = nil) -> time_t? {
        let text = procStat ?? (try? FileSystem.readFile("/proc/stat")).map { String(decoding: $0, as: UTF8.self) } ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("btime ") {
            return line.split(separator: " ").dropFirst().first.flatMap { time_t(String($0)) }
        }
        return nil
    }
}
