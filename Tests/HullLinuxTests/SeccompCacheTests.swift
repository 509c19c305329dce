import XCTest
@testable import HullLinux
#if canImport(Glibc)
import Glibc
#endif

final class SeccompCacheTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = try TemporaryDirectory.make("hull-seccomp-cache")
    }

    override func tearDown() {
        try? FileSystem.removeTree(dir)
    }

    func testFNV128KnownAnswers() {
        var empty = SeccompFingerprint()
        empty.add(bytes: [])
        XCTAssertEqual(empty.hex, hexLE("6c62272e07bb014262b821756295c58d"))
        var a = SeccompFingerprint()
        a.add(bytes: Array("a".utf8))
        XCTAssertEqual(a.hex, hexLE("d228cb696f1a8caf78912b704e4a8964"))
    }

    func testMissThenHitGiveTheCompiledProgram() throws {
        let cache = SeccompCache(directory: dir + "/seccomp")
        let compiled = try Seccomp.compile(.defaultProfile(), capabilities: .podmanDefault)
        XCTAssertEqual(try cache.program(for: .defaultProfile(), capabilities: .podmanDefault), compiled)
        let files = try FileSystem.list(dir + "/seccomp")
        XCTAssertEqual(files.count, 1)
        XCTAssertTrue(files[0].hasSuffix(".bpf"))
        XCTAssertEqual(try cache.program(for: .defaultProfile(), capabilities: .podmanDefault), compiled)
        XCTAssertEqual(try FileSystem.list(dir + "/seccomp"), files, "no temp files left")
    }

    func testEntriesFollowTheSelectedRules() throws {
        let cache = SeccompCache(directory: dir)
        _ = try cache.program(for: .defaultProfile(), capabilities: .podmanDefault)
        // NET_ADMIN conditions no rule: same program, same entry.
        let netAdmin = CapabilitySet.podmanDefault.union(try CapabilitySet(names: ["NET_ADMIN"]))
        _ = try cache.program(for: .defaultProfile(), capabilities: netAdmin)
        XCTAssertEqual(try FileSystem.list(dir).count, 1)
        let sysAdmin = CapabilitySet.podmanDefault.union(try CapabilitySet(names: ["SYS_ADMIN"]))
        let program = try cache.program(for: .defaultProfile(), capabilities: sysAdmin)
        XCTAssertEqual(program, try Seccomp.compile(.defaultProfile(), capabilities: sysAdmin))
        XCTAssertEqual(try FileSystem.list(dir).count, 2)
    }

    func testCorruptEntryIsRecompiled() throws {
        let cache = SeccompCache(directory: dir)
        let good = try cache.program(for: .defaultProfile(), capabilities: .podmanDefault)
        let name = try XCTUnwrap(try FileSystem.list(dir).first)
        let original = try FileSystem.readFile(dir + "/" + name)
        var wrongKey = original
        wrongKey[9] ^= 0xff
        for damaged in [Array(original.dropLast(8)), wrongKey, Array(original.prefix(20)), []] {
            overwrite(dir + "/" + name, damaged)
            XCTAssertEqual(try cache.program(for: .defaultProfile(), capabilities: .podmanDefault), good)
            XCTAssertEqual(try FileSystem.readFile(dir + "/" + name), original, "rewritten")
        }
    }

    func testUnwritableDirectoryStillCompiles() throws {
        let cache = SeccompCache(directory: "/proc/hull-no-such-dir")
        XCTAssertFalse(try cache.program(for: .defaultProfile(), capabilities: .podmanDefault).isEmpty)
    }

    func testProfileErrorsStillThrow() {
        let cache = SeccompCache(directory: dir)
        let bad = SeccompProfile(defaultAction: .errno, architectures: ["SCMP_ARCH_VAX"])
        XCTAssertThrowsError(try cache.program(for: bad, capabilities: .podmanDefault))
    }

    /// Not a pass/fail test: prints what `hull run` pays with a warm cache.
    func testCachedLookupTime() throws {
        let cache = SeccompCache(directory: dir)
        _ = try cache.program(for: .defaultProfile(), capabilities: .podmanDefault)
        var samples: [Double] = []
        for _ in 0..<200 {
            let start = ContinuousClock.now
            _ = try cache.program(for: .defaultProfile(), capabilities: .podmanDefault)
            let d = ContinuousClock.now - start
            samples.append(Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15)
        }
        samples.sort()
        print("seccomp cache hit (default profile, Podman caps): median \(samples[100]) ms, min \(samples[0]) ms")
    }

    private func overwrite(_ path: String, _ bytes: [UInt8]) {
        let fd = open(path, O_WRONLY | O_TRUNC)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// FNV's published values are big-endian numbers; the fingerprint prints its bytes little-endian.
    private func hexLE(_ hex: String) -> String {
        let chars = Array(hex)
        return stride(from: chars.count - 2, through: 0, by: -2).map { String(chars[$0..<$0 + 2]) }.joined()
    }
}
