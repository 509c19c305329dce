import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// The `[y/N]` question prune commands ask without --force, as Podman does.
enum Confirmation {
    /// No answer at all (stdin at its end) is an error, as in Podman.
    static func ask(_ warning: String) throws(HullError) -> Bool {
        print(warning)
        print("Are you sure you want to continue? [y/N] ", terminator: "")
        fflush(nil)
        guard let answer = readLine() else { throw HullError(.failure, "EOF") }
        return answer.lowercased().hasPrefix("y")
    }
}
