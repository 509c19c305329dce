#if canImport(Glibc)
import Glibc
#endif

/// The `[y/N]` question prune commands ask without --force, as Podman does.
enum Confirmation {
    static func ask(_ warning: String) -> Bool {
        print(warning)
        print("Are you sure you want to continue? [y/N] ", terminator: "")
        fflush(nil)
        return (readLine() ?? "").lowercased().hasPrefix("y")
    }
}
