/// A classic-BPF prologue, put in front of libseccomp's program, that answers
/// ENOSYS (not the profile's EPERM) for syscall numbers above the highest
/// one the profile names on that architecture: syscalls newer than the
/// profile. C libraries probe new syscalls (clone3, fchmodat2, statmount ...)
/// and fall back to old ones only on ENOSYS, so EPERM breaks containers whose
/// libc is newer than the profile. runc does the same (libcontainer/seccomp/patchbpf).
///
/// Prepending is safe because classic BPF jumps are relative and forward
/// only, and libseccomp's program starts by loading the architecture itself.
enum SeccompEnosysStub {
    struct Limit: Equatable {
        /// AUDIT_ARCH_* value the kernel puts in seccomp_data.arch.
        var arch: UInt32
        /// Highest syscall number the profile names for it.
        var highest: UInt32
        /// x32 shares AUDIT_ARCH_X86_64 and marks its numbers with bit 30;
        /// for x86_64 this is the highest x32 number, bit included, if x32 is filtered.
        var highestX32: UInt32? = nil
    }

    static let auditArchX86_64: UInt32 = 0xC000_003E
    static let x32SyscallBit: UInt32 = 0x4000_0000

    // struct sock_filter codes (linux/bpf_common.h).
    private static let loadWord: UInt16 = 0x20     // BPF_LD | BPF_W | BPF_ABS
    private static let jumpAlways: UInt16 = 0x05   // BPF_JMP | BPF_JA
    private static let jumpEqual: UInt16 = 0x15    // BPF_JMP | BPF_JEQ | BPF_K
    private static let jumpGreater: UInt16 = 0x25  // BPF_JMP | BPF_JGT | BPF_K
    private static let jumpAtLeast: UInt16 = 0x35  // BPF_JMP | BPF_JGE | BPF_K
    private static let returnConstant: UInt16 = 0x06  // BPF_RET | BPF_K
    private static let offsetNr: UInt32 = 0, offsetArch: UInt32 = 4  // struct seccomp_data

    /// The prologue's bytes; `program` follows it directly. Empty if there is nothing to limit.
    static func prologue(_ limits: [Limit]) -> [UInt8] {
        guard !limits.isEmpty else { return [] }
        // Layout: ld arch; one section per arch; ja main; enosys: ret; main: ...
        let sizes = limits.map { $0.arch == auditArchX86_64 ? 4 + ($0.highestX32 == nil ? 0 : 1) : 3 }
        let jumpToMain = 1 + sizes.reduce(0, +)
        let enosys = jumpToMain + 1
        let main = enosys + 1
        var code: [(UInt16, Int, Int, UInt32)] = [(loadWord, 0, 0, offsetArch)]
        // Offsets are relative to the next instruction.
        func to(_ target: Int) -> Int { target - code.count - 1 }

        for (i, limit) in limits.enumerated() {
            let next = code.count + sizes[i]
            code.append((jumpEqual, 0, to(next), limit.arch))
            code.append((loadWord, 0, 0, offsetNr))
            if limit.arch == auditArchX86_64 {
                if let x32 = limit.highestX32 {
                    code.append((jumpAtLeast, 1, 0, x32SyscallBit))
                    code.append((jumpGreater, to(enosys), to(main), limit.highest))
                    code.append((jumpGreater, to(enosys), to(main), x32))
                } else {
                    // x32 is not filtered: leave its numbers to libseccomp (bad arch).
                    code.append((jumpAtLeast, to(main), 0, x32SyscallBit))
                    code.append((jumpGreater, to(enosys), to(main), limit.highest))
                }
            } else {
                code.append((jumpGreater, to(enosys), to(main), limit.highest))
            }
        }
        code.append((jumpAlways, 0, 0, UInt32(to(main))))
        code.append((returnConstant, 0, 0, 0x0005_0000 | 38))  // SECCOMP_RET_ERRNO | ENOSYS

        var bytes: [UInt8] = []
        bytes.reserveCapacity(code.count * 8)
        for (op, jt, jf, k) in code {
            // Sections are a handful of instructions, far below the 8-bit jump range.
            precondition((0...255).contains(jt) && (0...255).contains(jf), "seccomp prologue jump out of range")
            bytes += [UInt8(op & 0xff), UInt8(op >> 8), UInt8(jt), UInt8(jf)]
            bytes += withUnsafeBytes(of: k) { Array($0) }  // host byte order, as the kernel reads it
        }
        return bytes
    }
}
