#if canImport(Glibc)
import Glibc
#endif

/// A set of Linux capabilities as the kernel's 64-bit mask (bit N = capability N),
/// the form capset(2) and PR_CAPBSET_DROP take in the C child.
public struct CapabilitySet: Equatable, Hashable, Sendable {
    public var bits: UInt64

    public init(bits: UInt64 = 0) {
        self.bits = bits
    }

    /// The set named by `names` (with or without `CAP_`, any case, or `ALL`).
    public init(names: [String]) throws(CapabilityError) {
        self.init()
        for name in names {
            if Self.isAll(name) { self = .allSupported; continue }
            guard let number = Self.number(of: name) else { throw .unknown(Self.normalized(name)) }
            insert(number)
        }
    }

    /// Capability names by number, without the `CAP_` prefix, as in
    /// <linux/capability.h> up to Linux 5.9 (CAP_CHECKPOINT_RESTORE = 40).
    public static let table: [String] = [
        "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL",
        "SETGID", "SETUID", "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE",
        "NET_BROADCAST", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER",
        "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE", "SYS_PACCT",
        "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME",
        "SYS_TTY_CONFIG", "MKNOD", "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL",
        "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM",
        "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE",
    ]

    /// Podman's default set (containers.conf `default_capabilities`), which
    /// hull follows where Podman and Docker differ. Docker's 14 add
    /// AUDIT_WRITE, MKNOD and NET_RAW to these 11.
    public static let podmanDefault = CapabilitySet(numbers: [
        0,   // CHOWN
        1,   // DAC_OVERRIDE
        3,   // FOWNER
        4,   // FSETID
        5,   // KILL
        10,  // NET_BIND_SERVICE
        31,  // SETFCAP
        6,   // SETGID
        8,   // SETPCAP
        7,   // SETUID
        18,  // SYS_CHROOT
    ])

    /// The highest capability the running kernel knows. Bits above it must
    /// not reach capset(2) or the bounding-set drop: the kernel rejects them.
    public static var lastSupported: Int { kernelLastCap }

    /// Every capability the running kernel knows (`--privileged`, `--cap-add ALL`).
    public static var allSupported: CapabilitySet {
        CapabilitySet(bits: lastSupported >= 63 ? .max : (UInt64(1) << UInt64(lastSupported + 1)) - 1)
    }

    private static let kernelLastCap: Int = readLastCap()

    /// /proc/sys/kernel/cap_last_cap (Linux 3.2+). Without /proc, assume the
    /// table's last entry, as libcap does when it cannot ask.
    private static func readLastCap() -> Int {
        let fallback = table.count - 1
        guard let bytes = try? FileSystem.readFile("/proc/sys/kernel/cap_last_cap") else { return fallback }
        let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
        guard let value = Int(text), value >= 0 else { return fallback }
        return min(value, 63)
    }

    init(numbers: [Int]) {
        self.init()
        for n in numbers { insert(n) }
    }

    public func contains(_ number: Int) -> Bool {
        number >= 0 && number < 64 && bits & (UInt64(1) << UInt64(number)) != 0
    }

    /// Whether the set holds the named capability; unknown names are never held.
    public func contains(named name: String) -> Bool {
        guard let number = Self.number(of: name) else { return false }
        return contains(number)
    }

    public mutating func insert(_ number: Int) {
        guard number >= 0 && number < 64 else { return }
        bits |= UInt64(1) << UInt64(number)
    }

    public mutating func remove(_ number: Int) {
        guard number >= 0 && number < 64 else { return }
        bits &= ~(UInt64(1) << UInt64(number))
    }

    public func union(_ other: CapabilitySet) -> CapabilitySet { CapabilitySet(bits: bits | other.bits) }
    public func subtracting(_ other: CapabilitySet) -> CapabilitySet { CapabilitySet(bits: bits & ~other.bits) }

    /// The set without capabilities the running kernel does not know.
    public var supportedByKernel: CapabilitySet { CapabilitySet(bits: bits & Self.allSupported.bits) }

    /// `CAP_`-prefixed names, sorted, as `inspect` shows them.
    public var names: [String] {
        (0..<64).filter(contains).map(Self.displayName).sorted()
    }

    /// `CAP_NAME` for a number; numbers past the table show as `CAP_N`.
    public static func displayName(_ number: Int) -> String {
        number < table.count ? "CAP_" + table[number] : "CAP_\(number)"
    }

    /// The number of a capability name: `chown`, `CAP_CHOWN`, `Cap_Chown`.
    public static func number(of name: String) -> Int? {
        var upper = name.uppercased()
        if upper.hasPrefix("CAP_") { upper.removeFirst(4) }
        return table.firstIndex(of: upper)
    }

    static func isAll(_ name: String) -> Bool { name.uppercased() == "ALL" }

    /// The `CAP_`-prefixed upper-case form Podman shows in its errors.
    static func normalized(_ name: String) -> String {
        let upper = name.uppercased()
        return upper.hasPrefix("CAP_") ? upper : "CAP_" + upper
    }
}
