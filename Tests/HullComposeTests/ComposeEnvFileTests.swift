import XCTest
@testable import HullCompose

final class ComposeEnvFileTests: XCTestCase {
    func testLinesCommentsQuotesAndExport() throws {
        let text = """
        # comment
        A=1
        export B = two
        C='single $quoted'
        D="line\\nbreak"
        E=value # trailing comment
        F=

        G
        """
        let pairs = try ComposeEnvFile.parse(text, file: ".env")
        XCTAssertEqual(pairs.map(\.0), ["A", "B", "C", "D", "E", "F", "G"])
        XCTAssertEqual(pairs.map(\.1), ["1", "two", "single $quoted", "line\nbreak", "value", "", ""])
    }
}
