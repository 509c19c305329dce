#if canImport(Glibc)
import Glibc
#endif

/// The memory behind a C spec (`hull_spec`, or an argv and environment):
/// the strings and arrays copied out of Swift values, owned here and freed
/// in deinit. The spec holds plain pointers, which keep nothing alive, so
/// the caller keeps the arena alive across the C call (`withExtendedLifetime`)
/// and, for a spawned child, as long as `SpawnedProcess` holds it.
final class CSpecArena {
    private var strings: [UnsafeMutablePointer<CChar>] = []
    private var buffers: [UnsafeMutableRawPointer] = []
    /// Descriptors the child inherits and uses before it execs.
    var fds: [Int32] = []
    /// Memory shared with an early child, which reads its spec there.
    var mappings: [(UnsafeMutableRawPointer, Int)] = []

    func string(_ s: String?) -> UnsafePointer<CChar>? {
        guard let s, let p = strdup(s) else { return nil }
        strings.append(p)
        return UnsafePointer(p)
    }

    /// A NULL-terminated array of C strings.
    func array(_ items: [String]) -> UnsafePointer<UnsafePointer<CChar>?> {
        let buf = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(capacity: items.count + 1)
        for (i, item) in items.enumerated() { buf[i] = string(item) }
        buf[items.count] = nil
        buffers.append(UnsafeMutableRawPointer(buf))
        return UnsafePointer(buf)
    }

    /// A copy of `items`, never NULL (an empty array is an array, as a
    /// Swift array's buffer is). Writable: an early child renumbers the
    /// descriptors in its steps and fd arrays in place (early_child.c).
    func buffer<T: BitwiseCopyable>(_ items: [T]) -> UnsafeMutablePointer<T> {
        let buf = UnsafeMutablePointer<T>.allocate(capacity: max(items.count, 1))
        _ = UnsafeMutableBufferPointer(start: buf, count: items.count).initialize(from: items)
        buffers.append(UnsafeMutableRawPointer(buf))
        return buf
    }

    deinit {
        strings.forEach { free($0) }
        buffers.forEach { $0.deallocate() }
        fds.forEach { close($0) }
        mappings.forEach { munmap($0.0, $0.1) }
    }
}
