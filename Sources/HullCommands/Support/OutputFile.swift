#if canImport(Glibc)
import Glibc
#endif
import HullEngine

/// Where `save` and `export` write: a file given with --output, made
/// beside its final name and renamed when whole (a failure leaves no half
/// archive under that name), or stdout unless it is a terminal.
enum OutputFile {
    static func write(to output: String?, what: String, _ body: (Int32) throws -> Void) throws {
        guard let output else {
            if isatty(1) == 1 { throw HullError(.failure, "refusing to \(what) to terminal. Use -o flag or redirect") }
            try body(1)
            return
        }
        let temp = output + ".hull-tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw HullError(.failure, "creating \(output): \(String(cString: strerror(errno)))") }
        do {
            try body(fd)
            guard fsync(fd) == 0, rename(temp, output) == 0 else {
                throw HullError(.failure, "writing \(output): \(String(cString: strerror(errno)))")
            }
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
    }
}
