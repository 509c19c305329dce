import XCTest
@testable import HullLinux

/// --uidmap text, map arithmetic and /etc/subuid parsing.
final class IDMappingTests: XCTestCase {
    func testParse() {
        XCTAssertEqual(IDMapping.parse("0:100000:65536"), IDMapping(containerID: 0, hostID: 100000, size: 65536))
        XCTAssertEqual(IDMapping.parse("1000:1000:1"), IDMapping(containerID: 1000, hostID: 1000, size: 1))
        XCTAssertEqual(IDMapping.parse("0:4294967295:1"), IDMapping(containerID: 0, hostID: 4294967295, size: 1))
        for bad in ["", "0", "0:1", "0:1:2:3", "a:1:2", "0:1:0", "-1:1:2", "0: 1:2", "0:4294967295:2",
                    "4294967295:0:2", "0:1:4294967296", "0:1:"] {
            XCTAssertNil(IDMapping.parse(bad), bad)
        }
        XCTAssertEqual(IDMapping(containerID: 0, hostID: 100000, size: 65536).description, "0:100000:65536")
    }

    func testLookupsBothWays() {
        let maps = [IDMapping(containerID: 0, hostID: 100000, size: 1000), IDMapping(containerID: 1000, hostID: 5000, size: 10)]
        XCTAssertEqual(maps.hostID(of: 0), 100000)
        XCTAssertEqual(maps.hostID(of: 999), 100999)
        XCTAssertEqual(maps.hostID(of: 1005), 5005)
        XCTAssertNil(maps.hostID(of: 1010))
        XCTAssertEqual(maps.containerID(of: 100500), 500)
        XCTAssertEqual(maps.containerID(of: 5009), 1009)
        XCTAssertNil(maps.containerID(of: 0))
        XCTAssertEqual(maps.procText, "0 100000 1000\n1000 5000 10\n")
    }

    func testProblems() {
        XCTAssertNil([IDMapping(containerID: 0, hostID: 100, size: 10), IDMapping(containerID: 10, hostID: 110, size: 5)].problem)
        XCTAssertNotNil([IDMapping]().problem)
        XCTAssertEqual([IDMapping(containerID: 0, hostID: 100, size: 10), IDMapping(containerID: 5, hostID: 500, size: 10)].problem,
                       "container ranges 0:100:10 and 5:500:10 overlap")
        XCTAssertEqual([IDMapping(containerID: 0, hostID: 100, size: 10), IDMapping(containerID: 50, hostID: 109, size: 1)].problem,
                       "host ranges 0:100:10 and 50:109:1 overlap")
        let many = (0..<341).map { IDMapping(containerID: UInt32($0), hostID: UInt32(1000 + $0), size: 1) }
        XCTAssertEqual(many.problem, "more than 340 ranges")
    }

    func testSubordinateIDs() {
        let text = """
        # comment
        alice:100000:65536
        containers:2147483647:2147483648
        1001:300000:1000
        containers:10:0
        containers:bad:5
          containers:500000:100
        bob:1:2:3
        """
        XCTAssertEqual(SubordinateIDs.ranges(in: text, user: "containers"),
                       [SubordinateRange(start: 2147483647, count: 2147483648), SubordinateRange(start: 500000, count: 100)])
        XCTAssertEqual(SubordinateIDs.ranges(in: text, user: "bob", uid: 1001), [SubordinateRange(start: 300000, count: 1000)])
        XCTAssertEqual(SubordinateIDs.ranges(in: text, user: "carol"), [])
        XCTAssertEqual(SubordinateRange(start: 2147483647, count: 2147483648).end, 4294967295)
    }
}
