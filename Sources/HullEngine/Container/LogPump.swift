import CHull
#if canImport(Glibc)
import Glibc
#endif

/// Copies a container's stdout and stderr into its k8s-file log:
/// `<RFC3339Nano> stdout|stderr F|P <text>` a line, P marking a partial
/// line, as Podman writes; rotates past `maxSize`. The loop is C
/// (hull_log_pump) so an idle monitor keeps little of hull resident.
struct LogPump {
    let fds: [(Int32, String)]
    let path: String
    let maxSize: Int64?

    func run() {
        let descriptors = fds.map { $0.0 }
        var names: [UnsafeMutablePointer<CChar>?] = fds.map { strdup($0.1) }
        defer { names.forEach { free($0) } }
        descriptors.withUnsafeBufferPointer { fdBuf in
            names.withUnsafeMutableBufferPointer { nameBuf in
                nameBuf.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: nameBuf.count) { namePtr in
                    hull_log_pump(fdBuf.baseAddress, namePtr, fdBuf.count, path, maxSize ?? 0)
                }
            }
        }
    }
}
