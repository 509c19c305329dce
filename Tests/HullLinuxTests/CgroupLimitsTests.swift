import XCTest
@testable import HullLinux

final class CgroupLimitsTests: XCTestCase {
    func testSizesWithDockerUnits() throws {
        XCTAssertEqual(try CgroupLimits.parseSize("100"), 100)
        XCTAssertEqual(try CgroupLimits.parseSize("100b"), 100)
        XCTAssertEqual(try CgroupLimits.parseSize("512k"), 512 * 1024)
        XCTAssertEqual(try CgroupLimits.parseSize("64m"), 64 << 20)
        XCTAssertEqual(try CgroupLimits.parseSize("64M"), 64 << 20)
        XCTAssertEqual(try CgroupLimits.parseSize("64mb"), 64 << 20)
        XCTAssertEqual(try CgroupLimits.parseSize("64MiB"), 64 << 20)
        XCTAssertEqual(try CgroupLimits.parseSize("64 m"), 64 << 20)
        XCTAssertEqual(try CgroupLimits.parseSize("1g"), 1 << 30)
        XCTAssertEqual(try CgroupLimits.parseSize("1.5g"), 3 << 29)
        XCTAssertEqual(try CgroupLimits.parseSize("2t"), 2 << 40)
        XCTAssertEqual(try CgroupLimits.parseSize("1p"), 1 << 50)
        XCTAssertEqual(try CgroupLimits.parseSize("0"), 0)
    }

    func testInvalidSizesAreTypedErrorsWithOneClearSentence() {
        for bad in ["", "abc", "-1", "64x", "1.2.3", "m", "64mm", ".5g", "5.g", "64i", "1 1m", "99999999999p", " 64m"] {
            XCTAssertThrowsError(try CgroupLimits.parseSize(bad), "\"\(bad)\"") { error in
                XCTAssertEqual(error as? CgroupError, .invalidSize(bad))
            }
        }
        XCTAssertEqual(CgroupError.invalidSize("64x").description,
                       "invalid size \"64x\": expected a whole or decimal number with an optional unit b, k, m, g, t or p (e.g. 512k, 64m, 1g)")
    }

    func testCPUsAsDecimals() throws {
        XCTAssertEqual(try CgroupLimits.parseCPUs("1.5"), 1_500_000_000)
        XCTAssertEqual(try CgroupLimits.parseCPUs("0.5"), 500_000_000)
        XCTAssertEqual(try CgroupLimits.parseCPUs("2"), 2_000_000_000)
        XCTAssertEqual(try CgroupLimits.parseCPUs("0.01"), 10_000_000)
        XCTAssertEqual(try CgroupLimits.parseCPUs("1.2500000000"), 1_250_000_000)
        XCTAssertEqual(try CgroupLimits.parseCPUs("0"), 0)
        XCTAssertThrowsError(try CgroupLimits.parseCPUs("1.0000000001")) { error in
            XCTAssertEqual(error as? CgroupError, .invalidCPUs("1.0000000001", reason: "more than nine decimal places is too precise"))
        }
        XCTAssertThrowsError(try CgroupLimits.parseCPUs("0.001")) { error in
            XCTAssertEqual((error as? CgroupError)?.description, "invalid --cpus value \"0.001\": the smallest limit is 0.01 CPUs")
        }
        for bad in ["", "-1", "abc", "1.", "1,5", "1e3"] {
            XCTAssertThrowsError(try CgroupLimits.parseCPUs(bad), bad)
        }
    }

    func testSetCPUsGivesQuotaPerDefaultPeriod() throws {
        var limits = CgroupLimits()
        try limits.setCPUs("0.5")
        XCTAssertEqual(limits.cpuQuota, 50_000)
        XCTAssertEqual(limits.cpuPeriod, 100_000)
        try limits.setCPUs("1.5")
        XCTAssertEqual(limits.cpuQuota, 150_000)
        var unlimited = CgroupLimits()
        try unlimited.setCPUs("0")
        XCTAssertTrue(unlimited.isEmpty)
    }

    func testWeightConversionsMatchCrun() {
        XCTAssertEqual(CgroupLimits.cpuWeight(fromShares: 1024), 39)
        XCTAssertEqual(CgroupLimits.cpuWeight(fromShares: 2), 1)
        XCTAssertEqual(CgroupLimits.cpuWeight(fromShares: 262_144), 10_000)
        XCTAssertEqual(CgroupLimits.cpuWeight(fromShares: 512), 1 + (510 * 9999) / 262_142)
        XCTAssertEqual(CgroupLimits.ioWeight(fromBlkioWeight: 10), 1)
        XCTAssertEqual(CgroupLimits.ioWeight(fromBlkioWeight: 500), 4950)
        XCTAssertEqual(CgroupLimits.ioWeight(fromBlkioWeight: 1000), 10_000)
    }

    func testSwapIsMemoryPlusSwapTotal() {
        XCTAssertEqual(CgroupLimits(memory: 64 << 20, memorySwap: 128 << 20).v2SwapMax, String(64 << 20))
        XCTAssertEqual(CgroupLimits(memory: 64 << 20, memorySwap: 64 << 20).v2SwapMax, "0")
        XCTAssertEqual(CgroupLimits(memory: 64 << 20, memorySwap: -1).v2SwapMax, "max")
        XCTAssertNil(CgroupLimits(memory: 64 << 20).v2SwapMax)
        XCTAssertEqual(CgroupLimits(memory: 64 << 20).withDefaultSwap().memorySwap, 128 << 20)
        XCTAssertEqual(CgroupLimits(memory: 64 << 20, memorySwap: -1).withDefaultSwap().memorySwap, -1)
        XCTAssertNil(CgroupLimits(pidsLimit: 5).withDefaultSwap().memorySwap)
    }

    func testValidationFollowsDockerRules() throws {
        try CgroupLimits(memory: 64 << 20, memorySwap: 128 << 20, memoryReservation: 32 << 20).validate()
        try CgroupLimits(memory: 64 << 20, memorySwap: -1).validate()
        try CgroupLimits(memory: 6 << 20).validate()
        try CgroupLimits(cpuQuota: 50_000, cpuPeriod: 100_000, cpuShares: 1024, blkioWeight: 500).validate()
        let bad: [(CgroupLimits, String)] = [
            (CgroupLimits(memorySwap: 128 << 20), "a memory+swap limit (--memory-swap) needs a memory limit (--memory) as well"),
            (CgroupLimits(memory: 128, memorySwap: 64), "the memory+swap limit (64 bytes) must not be smaller than the memory limit (128 bytes)"),
            (CgroupLimits(memory: 64, memoryReservation: 128), "the memory reservation (128 bytes) must not exceed the memory limit (64 bytes)"),
            (CgroupLimits(memory: 0), "the memory limit must be a positive number of bytes or -1 for unlimited"),
            (CgroupLimits(cpuQuota: 500), "the CPU quota must be at least 1000 microseconds (--cpus 0.01) or -1 for unlimited"),
            (CgroupLimits(cpuShares: 1), "CPU shares must be between 2 and 262144"),
            (CgroupLimits(blkioWeight: 5), "the block I/O weight must be between 10 and 1000"),
            (CgroupLimits(memory: 1024), "Minimum memory limit allowed is 6MB"),
            (CgroupLimits(memory: (6 << 20) - 1), "Minimum memory limit allowed is 6MB"),
        ]
        for (limits, reason) in bad {
            XCTAssertThrowsError(try limits.validate()) { error in
                XCTAssertEqual(error as? CgroupError, .invalidLimits(reason))
            }
        }
    }

    func testPathsAreNormalizedAndMayNotClimb() throws {
        XCTAssertEqual(try CgroupPath.normalize("/hull//abc/"), "hull/abc")
        XCTAssertEqual(CgroupPath.container(id: "abc"), "hull/abc")
        for bad in ["", "/", "hull/../etc", "./x", ".."] {
            XCTAssertThrowsError(try CgroupPath.normalize(bad)) { error in
                XCTAssertEqual(error as? CgroupError, .invalidPath(bad))
            }
        }
    }
}

final class CgroupLimitsMergeTests: XCTestCase {
    func testMergeTakesOnlyTheNewlySetLimits() {
        let stored = CgroupLimits(memory: 64 << 20, cpuQuota: 50_000, cpuPeriod: 100_000, pidsLimit: 10)
        let merged = stored.merged(with: CgroupLimits(memory: 128 << 20, blkioWeight: 300))
        XCTAssertEqual(merged, CgroupLimits(memory: 128 << 20, cpuQuota: 50_000, cpuPeriod: 100_000, pidsLimit: 10, blkioWeight: 300))
    }

    func testMergeMovesQuotaAndPeriodTogether() {
        let stored = CgroupLimits(cpuQuota: 50_000, cpuPeriod: 100_000)
        let merged = stored.merged(with: CgroupLimits(cpuQuota: 20_000, cpuPeriod: 10_000))
        XCTAssertEqual(merged.cpuQuota, 20_000)
        XCTAssertEqual(merged.cpuPeriod, 10_000)
        XCTAssertEqual(CgroupLimits().merged(with: CgroupLimits()), CgroupLimits())
    }
}
