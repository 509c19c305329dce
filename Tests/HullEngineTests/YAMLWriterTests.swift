import XCTest

@testable import HullEngine

final class YAMLWriterTests: XCTestCase {
    func testNestedMapsListsAndEmptyValuesAsGoYAMLWritesThem() {
        let value: TemplateValue = .map([
            ("host", .map([
                ("arch", .string("amd64")),
                ("idMappings", .map([
                    ("gidmap", .null),
                    ("uidmap", .list([.map([("container_id", .int(0)), ("size", .int(1))])])),
                ])),
                ("tags", .list([.string("a"), .string("b")])),
                ("none", .list([])),
                ("empty", .map([])),
                ("rootless", .bool(false)),
            ])),
        ])
        XCTAssertEqual(YAMLWriter.render(value), """
            host:
              arch: amd64
              idMappings:
                gidmap: null
                uidmap:
                - container_id: 0
                  size: 1
              tags:
              - a
              - b
              none: []
              empty: {}
              rootless: false

            """)
    }

    func testStringsThatWouldReadBackAsSomethingElseAreQuoted() {
        XCTAssertEqual(YAMLWriter.scalar(.string("")), "\"\"")
        XCTAssertEqual(YAMLWriter.scalar(.string("true")), "\"true\"")
        XCTAssertEqual(YAMLWriter.scalar(.string("0.1")), "\"0.1\"")
        XCTAssertEqual(YAMLWriter.scalar(.string("a: b")), "\"a: b\"")
        XCTAssertEqual(YAMLWriter.scalar(.string("-x")), "\"-x\"")
        XCTAssertEqual(YAMLWriter.scalar(.string("/var/lib/hull")), "/var/lib/hull")
        XCTAssertEqual(YAMLWriter.scalar(.string("6.18.44-fc-v769")), "6.18.44-fc-v769")
    }
}
