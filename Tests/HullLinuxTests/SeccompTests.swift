import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

final class SeccompTests: XCTestCase {
    let amd64 = SeccompHost(goArch: "amd64", seccompArch: "SCMP_ARCH_X86_64", kernel: KernelVersion(6, 1))

    // MARK: decoding and loading

    func testDecodesDockerStyleProfile() throws {
        let json = """
        {
          "defaultAction": "SCMP_ACT_ERRNO",
          "defaultErrnoRet": 38,
          "architectures": ["SCMP_ARCH_X86_64"],
          "syscalls": [
            {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW", "comment": "ignored"},
            {"name": "personality", "action": "SCMP_ACT_ALLOW",
             "args": [{"index": 0, "value": 4294967295, "valueTwo": 0, "op": "SCMP_CMP_EQ"}]},
            {"names": ["mount"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1,
             "includes": {"caps": ["CAP_SYS_ADMIN"], "arches": ["amd64"], "minKernel": "4.8"},
             "excludes": {"caps": ["CAP_SYS_BOOT"]}}
          ]
        }
        """
        let profile = try SeccompProfile.decode(Array(json.utf8))
        XCTAssertEqual(profile.defaultAction, .errno)
        XCTAssertEqual(profile.defaultErrnoRet, 38)
        XCTAssertEqual(profile.architectures, ["SCMP_ARCH_X86_64"])
        let rules = try XCTUnwrap(profile.syscalls)
        XCTAssertEqual(rules.count, 3)
        XCTAssertEqual(rules[0].names, ["read", "write"])
        XCTAssertEqual(rules[1].name, "personality")
        XCTAssertEqual(rules[1].args, [SeccompArgument(index: 0, value: 0xffff_ffff, valueTwo: 0, op: .equal)])
        XCTAssertEqual(rules[2].errnoRet, 1)
        XCTAssertEqual(rules[2].includes, SeccompCondition(caps: ["CAP_SYS_ADMIN"], arches: ["amd64"], minKernel: "4.8"))
        XCTAssertEqual(rules[2].excludes?.caps, ["CAP_SYS_BOOT"])
    }

    func testDefaultProfileRoundTripsThroughJSON() throws {
        let json = try JSONEncoder().encode(SeccompProfile.defaultProfile())
        XCTAssertEqual(try SeccompProfile.decode(Array(json)), SeccompProfile.defaultProfile())
    }

    func testBadActionNamesWhereItIs() {
        let json = #"{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["x"], "action": "SCMP_ACT_NOPE"}]}"#
        XCTAssertThrowsError(try SeccompProfile.decode(Array(json.utf8), path: "p.json")) { error in
            XCTAssertEqual("\(error)", #"loading seccomp profile p.json: syscalls[0].action: unknown action "SCMP_ACT_NOPE""#)
        }
    }

    func testMissingDefaultActionIsAnError() {
        XCTAssertThrowsError(try SeccompProfile.decode(Array(#"{"syscalls": []}"#.utf8), path: "p.json")) { error in
            XCTAssertEqual("\(error)", #"loading seccomp profile p.json: missing "defaultAction""#)
        }
    }

    func testLoadReportsUnreadableFilesAndBadJSON() throws {
        XCTAssertThrowsError(try SeccompProfile.load(path: "/nonexistent/profile.json")) { error in
            XCTAssertEqual("\(error)", "loading seccomp profile /nonexistent/profile.json: open /nonexistent/profile.json: no such file or directory")
        }
        let path = try temporaryFile("{ not json")
        defer { unlink(path) }
        XCTAssertThrowsError(try SeccompProfile.load(path: path)) { error in
            XCTAssertTrue("\(error)".hasPrefix("loading seccomp profile \(path): "), "\(error)")
        }
    }

    func testLoadValidates() throws {
        let path = try temporaryFile(#"{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"name": "a", "names": ["b"], "action": "SCMP_ACT_ERRNO"}]}"#)
        defer { unlink(path) }
        XCTAssertThrowsError(try SeccompProfile.load(path: path)) { error in
            XCTAssertEqual("\(error)", "loading seccomp profile \(path): syscalls[0]: 'name' and 'names' were both specified, use either 'name' or 'names'")
        }
        let good = try temporaryFile(#"{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"name": "mount", "action": "SCMP_ACT_ERRNO"}]}"#)
        defer { unlink(good) }
        let profile = try SeccompProfile.load(path: good)
        XCTAssertFalse(try Seccomp.compile(profile, capabilities: .podmanDefault).isEmpty)
    }

    // MARK: selection (Docker's includes/excludes)

    func testDefaultProfileSelectsHostArchitectures() throws {
        let selection = try SeccompProfile.defaultProfile().selection(capabilities: .podmanDefault, host: amd64)
        XCTAssertEqual(selection.architectures, ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"])
        XCTAssertEqual(selection.defaultAction, .errno)
        XCTAssertEqual(selection.defaultErrnoRet, 1)
    }

    func testCapabilityConditionedRules() throws {
        let profile = SeccompProfile.defaultProfile()
        let plain = try profile.selection(capabilities: .podmanDefault, host: amd64)
        let admin = try profile.selection(capabilities: CapabilitySet.podmanDefault.union(try CapabilitySet(names: ["SYS_ADMIN"])), host: amd64)

        XCTAssertFalse(allowed(plain).contains("mount"))
        XCTAssertTrue(allowed(admin).contains("mount"))
        XCTAssertTrue(allowed(plain).contains("chroot"), "SYS_CHROOT is in Podman's default set")
        XCTAssertFalse(allowed(plain).contains("reboot"))
        XCTAssertFalse(allowed(plain).contains("io_uring_setup"))

        // Without SYS_ADMIN: clone only without namespace flags, clone3 ENOSYS.
        let clone = plain.rules.filter { $0.names == ["clone"] }
        XCTAssertEqual(clone.map(\.args), [[SeccompArgument(index: 0, value: 0x7E02_0000, op: .maskedEqual)]])
        XCTAssertTrue(plain.rules.contains { $0.names == ["clone3"] && $0.action == .errno && $0.errnoRet == 38 })
        // With it: both allowed outright.
        XCTAssertFalse(admin.rules.contains { $0.names == ["clone"] || $0.names == ["clone3"] })
        XCTAssertTrue(allowed(admin).isSuperset(of: ["clone", "clone3", "unshare", "setns"]))
    }

    func testArchitectureAndKernelConditions() throws {
        let profile = SeccompProfile.defaultProfile()
        let arm64 = SeccompHost(goArch: "arm64", seccompArch: "SCMP_ARCH_AARCH64", kernel: KernelVersion(4, 4))
        let onArm = try profile.selection(capabilities: .podmanDefault, host: arm64)
        XCTAssertEqual(onArm.architectures, ["SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"])
        XCTAssertFalse(allowed(onArm).contains("arch_prctl"))
        XCTAssertTrue(allowed(onArm).contains("cacheflush"))
        XCTAssertFalse(allowed(onArm).contains("ptrace"), "ptrace needs 4.8 without CAP_SYS_PTRACE")

        let onAmd = try profile.selection(capabilities: .podmanDefault, host: amd64)
        XCTAssertTrue(allowed(onAmd).isSuperset(of: ["arch_prctl", "modify_ldt", "ptrace"]))
        XCTAssertFalse(allowed(onAmd).contains("cacheflush"))
    }

    func testKernelVersionParsing() {
        XCTAssertEqual(KernelVersion(parsing: "6.1.0-18-amd64"), KernelVersion(6, 1, 0))
        XCTAssertEqual(KernelVersion(parsing: "4.8"), KernelVersion(4, 8, 0))
        XCTAssertEqual(KernelVersion(parsing: "6.18.44-fc"), KernelVersion(6, 18, 44))
        XCTAssertNil(KernelVersion(parsing: "6"))
        XCTAssertNil(KernelVersion(parsing: "x.y"))
        XCTAssertTrue(KernelVersion(4, 8) < KernelVersion(4, 10))
    }

    // MARK: compiling

    func testDefaultProfileCompiles() throws {
        let program = try Seccomp.compile(.defaultProfile(), capabilities: .podmanDefault)
        XCTAssertFalse(program.isEmpty)
        XCTAssertEqual(program.count % 8, 0)
        // The kernel takes at most BPF_MAXINSNS (4096) instructions.
        XCTAssertLessThanOrEqual(program.count / 8, 4096)
        let returns = returnValues(program)
        XCTAssertTrue(returns.contains(0x7fff_0000), "SECCOMP_RET_ALLOW")
        XCTAssertTrue(returns.contains(0x0005_0001), "SECCOMP_RET_ERRNO | EPERM")
        XCTAssertTrue(returns.contains(0x0005_0026), "SECCOMP_RET_ERRNO | ENOSYS for clone3")
    }

    func testCapabilitiesChangeTheProgram() throws {
        let plain = try Seccomp.compile(.defaultProfile(), capabilities: .podmanDefault)
        let admin = try Seccomp.compile(.defaultProfile(),
                                        capabilities: CapabilitySet.podmanDefault.union(try CapabilitySet(names: ["SYS_ADMIN"])))
        XCTAssertNotEqual(plain, admin)
        XCTAssertEqual(try Seccomp.compile(.defaultProfile(), capabilities: .podmanDefault), plain, "deterministic")
    }

    func testAllCapabilitiesCompile() throws {
        // Several syscalls are then allowed by more than one rule (bpf, syslog, ptrace).
        let program = try Seccomp.compile(.defaultProfile(), capabilities: .allSupported)
        XCTAssertEqual(program.count % 8, 0)
    }

    func testCustomProfileFeatures() throws {
        let profile = SeccompProfile(
            defaultAction: .allow,
            architectures: ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86"],
            syscalls: [
                .init(names: ["no_such_syscall", "mkdir"], action: .errno, errnoRet: 13),
                // Two comparisons of one argument become two rules (OR), as in runc.
                .init(names: ["kill"], action: .errno,
                      args: [.init(index: 1, value: 9, op: .equal), .init(index: 1, value: 19, op: .equal)]),
                .init(names: ["getpid"], action: .allow),  // same as the default: skipped
                .init(names: ["reboot"], action: .killProcess),
            ])
        let returns = returnValues(try Seccomp.compile(profile, capabilities: .podmanDefault))
        XCTAssertTrue(returns.contains(0x0005_000d))
        XCTAssertTrue(returns.contains(0x8000_0000))
    }

    func testUnknownArchitectureAndNotifyAreRejected() {
        let badArch = SeccompProfile(defaultAction: .allow, architectures: ["SCMP_ARCH_VAX"])
        XCTAssertThrowsError(try Seccomp.compile(badArch, capabilities: .podmanDefault)) { error in
            XCTAssertEqual(error as? SeccompError, .invalidProfile("unknown architecture \"SCMP_ARCH_VAX\""))
        }
        let notify = SeccompProfile(defaultAction: .allow, syscalls: [.init(names: ["read"], action: .notify)])
        XCTAssertThrowsError(try Seccomp.compile(notify, capabilities: .podmanDefault))
        let badIndex = SeccompProfile(defaultAction: .allow, syscalls: [
            .init(names: ["read"], action: .errno, args: [.init(index: 6, value: 0, op: .equal)]),
        ])
        XCTAssertThrowsError(try Seccomp.compile(badIndex, capabilities: .podmanDefault))
    }

    /// Not a pass/fail test: prints what `hull run` pays per container.
    func testCompileTime() throws {
        let profile = SeccompProfile.defaultProfile()
        _ = try Seccomp.compile(profile, capabilities: .podmanDefault)  // warm up
        let runs = 50
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            _ = try Seccomp.compile(SeccompProfile.defaultProfile(), capabilities: .podmanDefault)
            let elapsed = ContinuousClock.now - start
            samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
        }
        samples.sort()
        print("seccomp compile (default profile, Podman caps): median \(samples[runs / 2]) ms, min \(samples[0]) ms, max \(samples[runs - 1]) ms")
    }

    // MARK: helpers

    private func allowed(_ selection: SeccompSelection) -> Set<String> {
        Set(selection.rules.filter { $0.action == .allow && $0.args.isEmpty }.flatMap(\.names))
    }

    /// The constants of the program's `ret #k` instructions (BPF_RET | BPF_K = 0x06).
    private func returnValues(_ program: [UInt8]) -> Set<UInt32> {
        var values: Set<UInt32> = []
        for offset in stride(from: 0, to: program.count, by: 8) {
            let code = UInt16(program[offset]) | UInt16(program[offset + 1]) << 8
            guard code == 0x06 else { continue }
            let k = program[offset + 4..<offset + 8].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            values.insert(k)
        }
        return values
    }

    private func temporaryFile(_ text: String) throws -> String {
        var template = Array("/tmp/hull-seccomp-test.XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw LinuxError("mkstemp") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }, bytes.count)
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
