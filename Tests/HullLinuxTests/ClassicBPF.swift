/// A small classic-BPF interpreter for seccomp programs: enough of the
/// instruction set for what libseccomp and hull emit, so tests can ask what a
/// compiled filter answers for a syscall without loading it into a process.
struct ClassicBPF {
    struct Unsupported: Error { let code: UInt16; let pc: Int }

    let program: [UInt8]

    /// seccomp_data: nr, arch, instruction pointer, six 64-bit arguments.
    func run(arch: UInt32, nr: Int32, args: [UInt64] = []) throws -> UInt32 {
        var data = [UInt8]()
        data += le(UInt32(bitPattern: nr)) + le(arch) + le(UInt32(0)) + le(UInt32(0))
        for i in 0..<6 {
            let value = i < args.count ? args[i] : 0
            data += le(UInt32(truncatingIfNeeded: value)) + le(UInt32(truncatingIfNeeded: value >> 32))
        }
        var a: UInt32 = 0, x: UInt32 = 0
        var memory = [UInt32](repeating: 0, count: 16)
        var pc = 0
        while pc * 8 < program.count {
            let base = pc * 8
            let code = UInt16(program[base]) | UInt16(program[base + 1]) << 8
            let jt = Int(program[base + 2]), jf = Int(program[base + 3])
            let k = word(program, base + 4)
            pc += 1
            switch code {
            case 0x20: a = word(data, Int(k))                 // ld [k]
            case 0x00: a = k                                  // ld #k
            case 0x60: a = memory[Int(k)]                     // ld M[k]
            case 0x61: x = memory[Int(k)]                     // ldx M[k]
            case 0x02: memory[Int(k)] = a                     // st M[k]
            case 0x03: memory[Int(k)] = x                     // stx M[k]
            case 0x54: a &= k                                 // and #k
            case 0x44: a |= k                                 // or #k
            case 0x07: x = a                                  // tax
            case 0x87: a = x                                  // txa
            case 0x05: pc += Int(k)                           // ja
            case 0x15: pc += a == k ? jt : jf                 // jeq #k
            case 0x25: pc += a > k ? jt : jf                  // jgt #k
            case 0x35: pc += a >= k ? jt : jf                 // jge #k
            case 0x45: pc += a & k != 0 ? jt : jf             // jset #k
            case 0x1d: pc += a == x ? jt : jf                 // jeq x
            case 0x2d: pc += a > x ? jt : jf                  // jgt x
            case 0x3d: pc += a >= x ? jt : jf                 // jge x
            case 0x06: return k                               // ret #k
            case 0x16: return a                               // ret a
            default: throw Unsupported(code: code, pc: pc - 1)
            }
        }
        throw Unsupported(code: 0xffff, pc: pc)  // fell off the end
    }

    private func le(_ v: UInt32) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }

    private func word(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
    }
}
