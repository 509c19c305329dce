#if canImport(Glibc)
import Glibc
#endif

/// Why a seccomp profile could not be loaded or compiled.
public enum SeccompError: Error, Equatable, CustomStringConvertible {
    /// `--security-opt seccomp=PATH` could not be read, decoded or validated.
    case loading(path: String, reason: String)
    /// The profile is well-formed JSON but says something hull cannot do.
    case invalidProfile(String)
    /// libseccomp refused a step; `errno` is the negated return code.
    case library(operation: String, errno: Int32)

    public var description: String {
        switch self {
        case .loading(let path, let reason):
            return "loading seccomp profile \(path): \(reason)"
        case .invalidProfile(let reason):
            return "invalid seccomp profile: \(reason)"
        case .library(let operation, let errno):
            return "compiling seccomp profile: \(LinuxError(operation, errno: errno).description)"
        }
    }
}
