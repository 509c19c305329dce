#if canImport(Glibc)
import Glibc
#endif

/// A kernel release as `major.minor.patch`, compared numerically, for
/// seccomp rules conditioned on `minKernel` (Docker's `kernel.ParseRelease`).
public struct KernelVersion: Comparable, Sendable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int

    public init(_ major: Int, _ minor: Int, _ patch: Int = 0) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// Parses "6.1", "6.1.0-18-amd64" or "4.8"; at least major.minor is required
    /// and anything after the numbers (the flavour) is ignored.
    public init?(parsing release: String) {
        var numbers: [Int] = []
        for part in release.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false) {
            let digits = part.prefix(while: \.isASCII).prefix(while: \.isNumber)
            guard let value = Int(digits) else { break }
            numbers.append(value)
            if digits.count != part.count { break }
        }
        guard numbers.count >= 2 else { return nil }
        self.init(numbers[0], numbers[1], numbers.count > 2 ? numbers[2] : 0)
    }

    /// The running kernel (uname -r); 0.0.0 if uname fails, so no
    /// minKernel-gated rule is added on a kernel hull cannot identify.
    public static let current: KernelVersion = {
        var names = utsname()
        guard uname(&names) == 0 else { return KernelVersion(0, 0) }
        let release = withUnsafeBytes(of: &names.release) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        return KernelVersion(parsing: release) ?? KernelVersion(0, 0)
    }()

    public static func < (a: KernelVersion, b: KernelVersion) -> Bool {
        (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
    }

    public var description: String { "\(major).\(minor).\(patch)" }
}
