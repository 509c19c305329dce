import XCTest
@testable import HullLinux

final class CapabilitiesTests: XCTestCase {
    func testTableMatchesKernelNumbers() {
        XCTAssertEqual(CapabilitySet.table.count, 41)
        XCTAssertEqual(CapabilitySet.number(of: "CAP_CHOWN"), 0)
        XCTAssertEqual(CapabilitySet.number(of: "CAP_SYS_ADMIN"), 21)
        XCTAssertEqual(CapabilitySet.number(of: "CAP_SETFCAP"), 31)
        XCTAssertEqual(CapabilitySet.number(of: "CAP_CHECKPOINT_RESTORE"), 40)
    }

    func testNamesParseWithOrWithoutPrefixInAnyCase() {
        XCTAssertEqual(CapabilitySet.number(of: "net_admin"), 12)
        XCTAssertEqual(CapabilitySet.number(of: "Cap_Net_Admin"), 12)
        XCTAssertEqual(CapabilitySet.number(of: "NET_ADMIN"), 12)
        XCTAssertNil(CapabilitySet.number(of: "CAP_"))
        XCTAssertNil(CapabilitySet.number(of: "NET_FOO"))
    }

    func testPodmanDefaultSet() {
        let set = CapabilitySet.podmanDefault
        XCTAssertEqual(set.bits.nonzeroBitCount, 11)
        XCTAssertEqual(set.bits, 0x8004_05FB)
        XCTAssertEqual(set.names, [
            "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_NET_BIND_SERVICE",
            "CAP_SETFCAP", "CAP_SETGID", "CAP_SETPCAP", "CAP_SETUID", "CAP_SYS_CHROOT",
        ])
        XCTAssertFalse(set.contains(named: "SYS_ADMIN"))
        XCTAssertTrue(set.contains(named: "sys_chroot"))
    }

    func testLastSupportedComesFromTheKernel() throws {
        let text = try String(decoding: FileSystem.readFile("/proc/sys/kernel/cap_last_cap"), as: UTF8.self)
        XCTAssertEqual(CapabilitySet.lastSupported, Int(text.filter { !$0.isWhitespace }))
        XCTAssertEqual(CapabilitySet.allSupported.bits.nonzeroBitCount, CapabilitySet.lastSupported + 1)
    }

    func testResolveWithoutChangesKeepsTheDefault() throws {
        XCTAssertEqual(try CapabilitySet.resolve(default: .podmanDefault, add: [], drop: []), .podmanDefault)
    }

    func testResolveAddsAndDrops() throws {
        let set = try CapabilitySet.resolve(default: .podmanDefault, add: ["net_admin", "CAP_SYS_PTRACE"], drop: ["chown"])
        XCTAssertTrue(set.contains(named: "NET_ADMIN"))
        XCTAssertTrue(set.contains(named: "SYS_PTRACE"))
        XCTAssertFalse(set.contains(named: "CHOWN"))
        XCTAssertEqual(set.bits.nonzeroBitCount, 12)
    }

    func testDropAllThenAdd() throws {
        let set = try CapabilitySet.resolve(default: .podmanDefault, add: ["NET_RAW"], drop: ["all"])
        XCTAssertEqual(set.names, ["CAP_NET_RAW"])
        XCTAssertEqual(try CapabilitySet.resolve(default: .podmanDefault, add: [], drop: ["ALL"]), CapabilitySet())
    }

    func testAddAllMinusDrops() throws {
        let set = try CapabilitySet.resolve(default: .podmanDefault, add: ["ALL"], drop: ["SYS_ADMIN"])
        XCTAssertEqual(set, CapabilitySet.allSupported.subtracting(try CapabilitySet(names: ["SYS_ADMIN"])))
        XCTAssertEqual(set.bits.nonzeroBitCount, CapabilitySet.lastSupported)
    }

    func testUnknownNameIsAnError() {
        XCTAssertThrowsError(try CapabilitySet.resolve(default: .podmanDefault, add: ["NET_FOO"], drop: [])) { error in
            XCTAssertEqual(error as? CapabilityError, .unknown("CAP_NET_FOO"))
            XCTAssertEqual("\(error)", "unknown capability \"CAP_NET_FOO\"")
        }
        // Reported even when ALL makes the list moot, as Podman does.
        XCTAssertThrowsError(try CapabilitySet.resolve(default: .podmanDefault, add: ["bogus"], drop: ["ALL"]))
    }

    func testConflictsAreErrorsAsInPodman() {
        XCTAssertThrowsError(try CapabilitySet.resolve(default: .podmanDefault, add: ["KILL"], drop: ["cap_kill"])) { error in
            XCTAssertEqual("\(error)", "capability \"CAP_KILL\" cannot be dropped and added")
        }
        XCTAssertThrowsError(try CapabilitySet.resolve(default: .podmanDefault, add: ["ALL"], drop: ["ALL"])) { error in
            XCTAssertEqual(error as? CapabilityError, .addAllAndDropAll)
        }
    }
}
