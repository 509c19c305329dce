#if canImport(Glibc)
import Glibc
#endif

/// Compiled seccomp programs kept on disk. Building Docker's default
/// profile with libseccomp (most of it generating BPF for three
/// architectures) costs many times what reading a cached program does, and
/// would be paid on every `hull run`. Entries are keyed by the fingerprint of the selected
/// rules, so a change of profile, of a capability or kernel version that a
/// rule depends on, or of libseccomp gives a new entry, and capability sets
/// that select the same rules share one.
///
/// Each file is a header (magic, the full 16-byte key, the program's length)
/// and the program. Files are written to a temp name, fsynced and renamed,
/// so a reader sees a whole entry or none even after a crash; a file whose
/// header does not match is recompiled, never loaded. The cache is best
/// effort: failing to read or write it costs time, not correctness.
public struct SeccompCache: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public func program(for profile: SeccompProfile, capabilities: CapabilitySet,
                        host: SeccompHost = .current) throws(SeccompError) -> [UInt8] {
        let selection = try profile.selection(capabilities: capabilities, host: host)
        let key = selection.fingerprint
        let path = directory + "/" + key.hex + ".bpf"
        if let program = cached(path, key: key) { return program }
        let program = try Seccomp.compile(selection)
        store(program, at: path, key: key)
        return program
    }

    private static let magic = Array("HULLBPF1".utf8)

    /// magic (8) + key (16) + program length in bytes (8, little-endian).
    private static func header(_ key: SeccompFingerprint, length: Int) -> [UInt8] {
        magic + key.bytes + withUnsafeBytes(of: UInt64(length).littleEndian) { Array($0) }
    }

    private func cached(_ path: String, key: SeccompFingerprint) -> [UInt8]? {
        guard let file = try? FileSystem.readFile(path), file.count > 32 else { return nil }
        let length = file.count - 32
        guard length % 8 == 0, file.prefix(32).elementsEqual(Self.header(key, length: length)) else { return nil }
        return Array(file.dropFirst(32))
    }

    /// Hashing the program on every hit to detect a torn file would cost
    /// each start; the fsync is paid once, on a miss, next to a compile that
    /// costs far more.
    private func store(_ program: [UInt8], at path: String, key: SeccompFingerprint) {
        guard (try? FileSystem.makeDirectories(directory, mode: 0o700)) != nil else { return }
        let temp = "\(directory)/.\(key.hex).\(getpid()).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let data = Self.header(key, length: program.count) + program
        var done = 0
        while done < data.count {
            let n = data.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + done }, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        let synced = done == data.count && fsync(fd) == 0
        close(fd)
        if !synced || rename(temp, path) != 0 { unlink(temp) }
    }
}
