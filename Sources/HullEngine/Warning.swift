#if canImport(Glibc)
import Glibc
#endif

/// Warnings are plain stderr lines, as Podman prints them.
public enum Warning {
    public static func emit(_ text: String) {
        let line = Array("WARN[0000] \(text)\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
