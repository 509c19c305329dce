import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The socket pair over which the container's process hands back the
/// master of the pty it made in its own /dev/pts.
final class ConsoleSocket {
    let parentEnd: Int32
    private(set) var childEnd: Int32

    init() throws(HullError) {
        do {
            (parentEnd, childEnd) = try Terminal.socketPair()
        } catch {
            throw HullError(.failure, "creating the console socket: \(error)", cause: error)
        }
    }

    /// The master, once the child has exec'd (it sends it before exec).
    func receive() -> Int32? {
        closeChildEnd()
        return try? Terminal.receiveMaster(parentEnd)
    }

    func closeChildEnd() {
        if childEnd >= 0 { close(childEnd); childEnd = -1 }
    }

    deinit {
        close(parentEnd)
        closeChildEnd()
    }
}
