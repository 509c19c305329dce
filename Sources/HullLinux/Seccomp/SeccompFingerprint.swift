import CSeccomp

/// 128-bit FNV-1a over a canonical byte stream. Not cryptographic: the cache
/// it keys lives in hull's own state directory, which only its owner can
/// write, so only accidental collisions matter, and at 128 bits they do not.
/// (Swift's Hasher is seeded per process, so it cannot key a file.)
struct SeccompFingerprint {
    private var state: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
    private static let prime: UInt128 = 0x0000_0000_0100_0000_0000_0000_0000_013B

    mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            state ^= UInt128(byte)
            state = state &* Self.prime
        }
    }

    mutating func add(_ value: UInt64) {
        add(bytes: withUnsafeBytes(of: value.littleEndian) { Array($0) })
    }

    /// Length-prefixed, so ["ab", "c"] and ["a", "bc"] differ.
    mutating func add(_ string: String) {
        add(UInt64(string.utf8.count))
        add(bytes: string.utf8)
    }

    var bytes: [UInt8] { withUnsafeBytes(of: state.littleEndian) { Array($0) } }

    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes { out += [digits[Int(byte >> 4)], digits[Int(byte & 0xf)]] }
        return String(decoding: out, as: UTF8.self)
    }
}

extension SeccompSelection {
    /// Everything the compiled program depends on: the selected rules (so
    /// capability sets that select the same rules share a program), the
    /// host architecture and the libseccomp that resolves syscall numbers.
    var fingerprint: SeccompFingerprint {
        var f = SeccompFingerprint()
        f.add("hull-seccomp-2")  // 2: compiled as a binary tree
        let version = seccomp_version().pointee
        f.add("\(version.major).\(version.minor).\(version.micro)")
        f.add(UInt64(seccomp_arch_native()))
        f.add(defaultAction.rawValue)
        f.add(defaultErrnoRet.map { UInt64($0) + 1 } ?? 0)
        f.add(UInt64(architectures.count))
        architectures.forEach { f.add($0) }
        f.add(UInt64(rules.count))
        for rule in rules {
            f.add(UInt64(rule.names.count))
            rule.names.forEach { f.add($0) }
            f.add(rule.action.rawValue)
            f.add(rule.errnoRet.map { UInt64($0) + 1 } ?? 0)
            f.add(UInt64(rule.args.count))
            for arg in rule.args {
                f.add(UInt64(arg.index))
                f.add(arg.value)
                f.add(arg.valueTwo ?? 0)
                f.add(UInt64(arg.valueTwo == nil ? 0 : 1))
                f.add(arg.op.rawValue)
            }
        }
        return f
    }
}
