import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// Podman's warning when -t and -i are asked for but stdin is no terminal.
enum TTYWarning {
    static func check(tty: Bool, interactive: Bool) {
        guard tty && interactive && isatty(0) == 0 else { return }
        StandardError.write("The input device is not a TTY. The --tty and --interactive flags might not work properly\n")
    }
}
