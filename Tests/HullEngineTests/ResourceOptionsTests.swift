import XCTest
@testable import HullEngine
import HullLinux

/// Resource flag values: Podman's rules and words, Docker's where Podman
/// lets a value fail late in the runtime.
final class ResourceOptionsTests: XCTestCase {
    private func limits(_ set: (inout ResourceOptions) -> Void) throws -> CgroupLimits? {
        var o = ResourceOptions()
        set(&o)
        return try o.limits()
    }

    private func refusal(_ set: (inout ResourceOptions) -> Void) -> String? {
        do {
            _ = try limits(set)
            return nil
        } catch {
            return (error as? HullError)?.message
        }
    }

    func testZeroAndNegativeMeanNoLimitWherePodmanSaysSo() throws {
        XCTAssertNil(try limits { $0.memory = "0" })
        XCTAssertNil(try limits { $0.cpus = "0" })
        XCTAssertNil(try limits { $0.cpus = "-1" })
        XCTAssertNil(try limits { $0.pidsLimit = -1 })
        XCTAssertEqual(try limits { $0.memory = "6m" }?.memory, 6 << 20)
        XCTAssertEqual(try limits { $0.memory = "64m"; $0.memorySwap = "-1" }?.memorySwap, -1)
    }

    func testEachBadValueIsNamedWithItsRule() {
        XCTAssertEqual(refusal { $0.memory = "1k" }, "invalid value for memory: '1k': Minimum memory limit allowed is 6MB")
        XCTAssertEqual(refusal { $0.memory = "-5m" }, "invalid value for memory: invalid size: '-5m'")
        XCTAssertEqual(refusal { $0.memory = "-1" }, "invalid value for memory: invalid size: '-1'")
        XCTAssertEqual(refusal { $0.memoryReservation = "x" }, "invalid value for memory: invalid size: 'x'")
        XCTAssertEqual(refusal { $0.memorySwap = "10m" }, "you should always set a memory limit when using a memoryswap limit, see usage")
        XCTAssertEqual(refusal { $0.memory = "10m"; $0.memorySwap = "5m" }, "minimum memoryswap limit should be larger than memory limit, see usage")
        XCTAssertEqual(refusal { $0.memory = "10m"; $0.memoryReservation = "20m" },
                       "minimum memory limit cannot be less than memory reservation limit, see usage")
        XCTAssertEqual(refusal { $0.cpus = "0.001" }, "CPU cfs quota cannot be less than 1ms (i.e. 1000)")
        let refusedCPUs = refusal { $0.cpus = "100000" } ?? ""
        XCTAssertTrue(refusedCPUs.hasPrefix("invalid value for cpus: '100000': Range of CPUs is from 0.01 to "), refusedCPUs)
    }

    func testUlimitProblemsAreWordedAsGoUnitsWordsThem() {
        XCTAssertNil(ResourceLimits.problem(with: "nofile=1024:2048"))
        XCTAssertNil(ResourceLimits.problem(with: "nofile=-1"))
        XCTAssertEqual(ResourceLimits.problem(with: "nofile=2:1"), "ulimit soft limit must be less than or equal to hard limit: 2 > 1")
        XCTAssertEqual(ResourceLimits.problem(with: "nofile=abc"), "strconv.ParseInt: parsing \"abc\": invalid syntax")
        XCTAssertEqual(ResourceLimits.problem(with: "foo=1:2"), "invalid ulimit type: foo")
        XCTAssertEqual(ResourceLimits.problem(with: "nofile=1:2:3"), "too many limit value arguments - 1:2:3, can only have up to two, `soft[:hard]`")
        XCTAssertEqual(ResourceLimits.problem(with: "nofile"), "invalid ulimit argument: nofile")
    }
}
