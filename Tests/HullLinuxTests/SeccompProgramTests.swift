import XCTest
@testable import HullLinux

/// What the compiled default profile answers, run through a BPF interpreter.
final class SeccompProgramTests: XCTestCase {
    // AUDIT_ARCH_* and seccomp return values.
    let x86_64: UInt32 = 0xC000_003E, i386: UInt32 = 0x4000_0003, aarch64: UInt32 = 0xC000_00B7
    let allow: UInt32 = 0x7FFF_0000, eperm: UInt32 = 0x0005_0001, enosys: UInt32 = 0x0005_0026
    let x32Bit: Int32 = 0x4000_0000
    let amd64 = SeccompHost(goArch: "amd64", seccompArch: "SCMP_ARCH_X86_64", kernel: KernelVersion(6, 1))

    func filter(_ caps: CapabilitySet = .podmanDefault) throws -> ClassicBPF {
        ClassicBPF(program: try Seccomp.compile(.defaultProfile(), capabilities: caps, host: amd64))
    }

    func testDefaultProfileOnX86_64() throws {
        let f = try filter()
        XCTAssertEqual(try f.run(arch: x86_64, nr: 39), allow, "getpid")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 165), eperm, "mount")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 272), eperm, "unshare")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 246), eperm, "kexec_load: known, not allowed")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 425), eperm, "io_uring_setup")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 161), allow, "chroot: CAP_SYS_CHROOT is a default")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 169), eperm, "reboot needs CAP_SYS_BOOT")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 452), allow, "fchmodat2")
    }

    func testCloneAndClone3() throws {
        let f = try filter()
        let sigchld: UInt64 = 17, newnet: UInt64 = 0x4000_0000, newns: UInt64 = 0x0002_0000
        XCTAssertEqual(try f.run(arch: x86_64, nr: 56, args: [sigchld]), allow, "fork-like clone")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 56, args: [0x003D_0F00]), allow, "pthread_create's flags")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 56, args: [newnet | sigchld]), eperm)
        XCTAssertEqual(try f.run(arch: x86_64, nr: 56, args: [newns]), eperm)
        XCTAssertEqual(try f.run(arch: x86_64, nr: 435), enosys, "clone3 → glibc falls back to clone")

        let admin = try filter(CapabilitySet.podmanDefault.union(try CapabilitySet(names: ["SYS_ADMIN"])))
        XCTAssertEqual(try admin.run(arch: x86_64, nr: 56, args: [newnet | sigchld]), allow)
        XCTAssertEqual(try admin.run(arch: x86_64, nr: 435), allow)
        XCTAssertEqual(try admin.run(arch: x86_64, nr: 165), allow, "mount")
    }

    func testArgumentFilters() throws {
        let f = try filter()
        for persona: UInt64 in [0, 8, 0x20000, 0x20008, 0xffff_ffff] {
            XCTAssertEqual(try f.run(arch: x86_64, nr: 135, args: [persona]), allow, "personality \(persona)")
        }
        XCTAssertEqual(try f.run(arch: x86_64, nr: 135, args: [0x0040_0000]), eperm, "READ_IMPLIES_EXEC")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 41, args: [2]), allow, "socket(AF_INET)")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 41, args: [40]), eperm, "socket(AF_VSOCK)")
    }

    func testSyscallsNewerThanTheProfileGetENOSYS() throws {
        let f = try filter()
        XCTAssertEqual(try f.run(arch: x86_64, nr: 457), enosys, "statmount (6.8)")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 462), enosys, "mseal (6.10)")
        XCTAssertEqual(try f.run(arch: i386, nr: 2000), enosys)
        XCTAssertEqual(try f.run(arch: x86_64, nr: x32Bit | 2000), enosys, "x32")
    }

    func testCompatArchitectures() throws {
        let f = try filter()
        XCTAssertEqual(try f.run(arch: i386, nr: 20), allow, "getpid on i386")
        XCTAssertEqual(try f.run(arch: i386, nr: 21), eperm, "mount on i386")
        XCTAssertEqual(try f.run(arch: x86_64, nr: x32Bit | 39), allow, "getpid on x32")
        XCTAssertEqual(try f.run(arch: x86_64, nr: x32Bit | 165), eperm, "mount on x32")
        // An architecture outside the filter is killed (libseccomp's bad-arch action).
        XCTAssertEqual(try f.run(arch: aarch64, nr: 172), 0, "SECCOMP_RET_KILL_THREAD")
    }

    func testNoPrologueWhenUnknownSyscallsAreAllowed() throws {
        let profile = SeccompProfile(defaultAction: .allow, syscalls: [.init(names: ["mount"], action: .errno)])
        let f = ClassicBPF(program: try Seccomp.compile(profile, capabilities: .podmanDefault, host: amd64))
        XCTAssertEqual(try f.run(arch: x86_64, nr: 165), eperm)
        XCTAssertEqual(try f.run(arch: x86_64, nr: 457), allow)
    }

    func testPrologueWithoutX32LeavesX32ToLibseccomp() throws {
        let profile = SeccompProfile(defaultAction: .errno, architectures: ["SCMP_ARCH_X86_64"],
                                     syscalls: [.init(names: ["getpid"], action: .allow)])
        let f = ClassicBPF(program: try Seccomp.compile(profile, capabilities: .podmanDefault, host: amd64))
        XCTAssertEqual(try f.run(arch: x86_64, nr: 39), allow)
        XCTAssertEqual(try f.run(arch: x86_64, nr: 38), eperm, "below the highest named")
        XCTAssertEqual(try f.run(arch: x86_64, nr: 40), enosys, "above it")
        XCTAssertNotEqual(try f.run(arch: x86_64, nr: x32Bit | 39), allow)
        XCTAssertNotEqual(try f.run(arch: x86_64, nr: x32Bit | 39), enosys)
    }
}
