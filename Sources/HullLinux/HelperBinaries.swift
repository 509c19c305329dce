#if canImport(Glibc)
import Glibc
#endif

/// Where hull finds the host programs it runs (newuidmap, newgidmap,
/// pasta, slirp4netns, fuse-overlayfs): the directories of $PATH, as Podman looks them up,
/// or the usual system directories when PATH is unset. Entries that are not
/// absolute are skipped: a helper is never taken from the current directory.
public enum HelperBinaries {
    static let defaultSearchPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    public static func find(_ name: String) -> String? {
        find(name, searchPath: getenv("PATH").map { String(cString: $0) })
    }

    /// The lookup itself, for a given PATH (nil: unset).
    static func find(_ name: String, searchPath: String?) -> String? {
        let path = searchPath ?? defaultSearchPath
        for dir in path.split(separator: ":") where dir.hasPrefix("/") {
            let candidate = String(dir) + (dir.hasSuffix("/") ? "" : "/") + name
            var st = stat()
            if stat(candidate, &st) == 0, st.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }
}
