import XCTest

@testable import HullEngine

private func spaces(_ n: Int) -> String { String(repeating: " ", count: n) }

final class TableWriterTests: XCTestCase {
    func testColumnsUseMinimumWidthAndPadding() {
        let out = TableWriter.render([["ID", "NAME", "STATUS"], ["abc", "web", "Up"]])
        XCTAssertEqual(out, "ID" + spaces(10) + "NAME" + spaces(8) + "STATUS\n" + "abc" + spaces(9) + "web" + spaces(9) + "Up\n")
    }

    func testWideCellsGetTwoSpacesOfPadding() {
        let out = TableWriter.render([["CONTAINER ID", "NAMES"], ["0123456789abcdef", "x"]])
        XCTAssertEqual(out, "CONTAINER ID" + spaces(6) + "NAMES\n" + "0123456789abcdef  x\n")
    }

    func testLastCellIsNeverPadded() {
        XCTAssertEqual(TableWriter().format("a\tb\n"), "a" + spaces(11) + "b\n")
        XCTAssertEqual(TableWriter().format("trailing\t\n"), "trailing" + spaces(4) + "\n")
    }

    func testColumnsAlignOnlyWithinBlocksOfConsecutiveLines() {
        let text = "a\tb\tc\naaaa\tbbbbbbbbbbbbbbbb\tc\nx\nyy\tz\n"
        let expected = "a" + spaces(11) + "b" + spaces(17) + "c\n"
            + "aaaa" + spaces(8) + "bbbbbbbbbbbbbbbb  c\n"
            + "x\n"
            + "yy" + spaces(10) + "z\n"
        XCTAssertEqual(TableWriter().format(text), expected)
    }

    func testShorterLineEndsTheInnerColumnBlock() {
        // Line 2 has no cell in column 1, so lines 1 and 3 size column 1 separately.
        let text = "a\tbbbbbbbbbbbbbbbbbbbb\tc\nd\te\nf\tg\th\n"
        let expected = "a" + spaces(11) + "bbbbbbbbbbbbbbbbbbbb  c\n"
            + "d" + spaces(11) + "e\n"
            + "f" + spaces(11) + "g" + spaces(11) + "h\n"
        XCTAssertEqual(TableWriter().format(text), expected)
    }

    func testTextWithoutTrailingNewlineAndEmptyInput() {
        XCTAssertEqual(TableWriter().format(""), "")
        XCTAssertEqual(TableWriter().format("a\tb"), "a" + spaces(11) + "b")
        XCTAssertEqual(TableWriter().format("no tabs\n\nat all\n"), "no tabs\n\nat all\n")
    }

    func testWidthCountsRunesNotBytes() {
        XCTAssertEqual(TableWriter().format("héé\tx\n"), "héé" + spaces(9) + "x\n")
    }

    func testCustomSettingsAndTabPadding() {
        let tight = TableWriter(minWidth: 0, tabWidth: 8, padding: 1, padChar: ".")
        XCTAssertEqual(tight.format("a\tb\nccc\td\n"), "a...b\nccc.d\n")
        let tabs = TableWriter(minWidth: 0, tabWidth: 8, padding: 1, padChar: "\t")
        XCTAssertEqual(tabs.format("a\tb\nccccccccc\td\n"), "a\t\tb\nccccccccc\td\n")
    }
}

private let rows: [TemplateValue] = [
    ["ID": "0123456789ab", "Names": "web", "CreatedAt": "2024-01-01", "Config": ["Image": "alpine"]],
    ["ID": "ba9876543210", "Names": "database", "CreatedAt": "2024-02-02", "Config": ["Image": "busybox"]],
]

final class OutputFormatTests: XCTestCase {
    func testJSONIsAnIndentedArray() throws {
        let out = try OutputFormat.render(format: "json", rows: [["Id": "x", "N": 1]], defaultHeaders: [:])
        XCTAssertEqual(out, "[\n    {\n        \"Id\": \"x\",\n        \"N\": 1\n    }\n]\n")
        XCTAssertEqual(try OutputFormat.render(format: "{{ json . }}", rows: [], defaultHeaders: [:]), "[]\n")
        XCTAssertTrue(OutputFormat.isJSON(" json "))
        XCTAssertTrue(OutputFormat.isJSON("{{json .}}"))
        XCTAssertFalse(OutputFormat.isJSON("{{json .ID}}"))
    }

    func testTableRendersHeadersAndAlignsColumns() throws {
        let out = try OutputFormat.render(
            format: #"table {{.ID}}\t{{.Names}}\t{{.CreatedAt}}"#, rows: rows,
            defaultHeaders: ["ID": "container id"])
        XCTAssertEqual(
            out,
            "CONTAINER ID  NAMES       CREATED AT\n"
                + "0123456789ab  web         2024-01-01\n"
                + "ba9876543210  database    2024-02-02\n")
    }

    func testNoHeadingLeavesColumnsSizedByRowsOnly() throws {
        let out = try OutputFormat.render(
            format: #"table {{.Names}}\t{{.ID}}"#, rows: [["Names": "a", "ID": "1"]],
            defaultHeaders: ["Names": "a very long names title"], noHeading: true)
        XCTAssertEqual(out, "a" + spaces(11) + "1\n")
    }

    func testTableWithoutRowsStillPrintsHeader() throws {
        let out = try OutputFormat.render(
            format: #"table {{.ID}}\t{{.Names}}\t{{.CreatedAt}}"#, rows: [], defaultHeaders: ["ID": "CONTAINER ID"])
        XCTAssertEqual(out, "CONTAINER ID  NAMES       CREATED AT\n")
    }

    func testHeaderRunsTemplateSoFunctionsApply() throws {
        let out = try OutputFormat.render(
            format: #"table {{printf "%-8s" .Names}}|{{.Id | lower}}"#, rows: [rows[0]],
            defaultHeaders: [:])
        XCTAssertEqual(out, "NAMES   |id\nweb     |0123456789ab\n")
    }

    func testHeaderFallsBackWhenTemplateNeedsStructuredData() throws {
        let out = try OutputFormat.render(
            format: #"table {{.Names}}\t{{.Config.Image}}\t{{range .Config}}x{{end}}"#, rows: [rows[0]],
            defaultHeaders: [:])
        XCTAssertEqual(out, "NAMES       IMAGE       CONFIG\nweb         alpine      x\n")
    }

    func testPlainFormatTerminatesEachRow() throws {
        XCTAssertEqual(try OutputFormat.render(format: "{{.Names}}", rows: rows, defaultHeaders: [:]), "web\ndatabase\n")
        XCTAssertEqual(try OutputFormat.render(format: "{{.Names}}\n", rows: rows, defaultHeaders: [:]), "web\ndatabase\n")
        XCTAssertEqual(
            try OutputFormat.render(format: #"{{.Names}}\t{{.ID}}"#, rows: rows, defaultHeaders: [:]),
            "web" + spaces(9) + "0123456789ab\ndatabase    ba9876543210\n")
        XCTAssertEqual(try OutputFormat.render(format: "", rows: rows, defaultHeaders: [:]), "")
    }

    func testBareTableUsesTheDefaultFormat() throws {
        let out = try OutputFormat.render(
            format: "table", rows: [rows[0]], defaultHeaders: [:], tableDefault: "table {{.Names}}")
        XCTAssertEqual(out, "NAMES\nweb\n")
    }

    func testTemplateErrorsPropagate() {
        XCTAssertThrowsError(try OutputFormat.render(format: "{{nope}}", rows: rows, defaultHeaders: [:])) { error in
            XCTAssertEqual("\(error)", #"template: output:1: function "nope" not defined"#)
        }
    }

    func testHelpers() {
        XCTAssertEqual(OutputFormat.unescape(#"a\tb\nc\x\\t"#), "a\tb\nc\\x\\\t")
        XCTAssertEqual(OutputFormat.camelCaseWords("CreatedAt"), ["Created", "At"])
        XCTAssertEqual(OutputFormat.camelCaseWords("PDFLoader"), ["PDF", "Loader"])
        XCTAssertEqual(OutputFormat.camelCaseWords("ImageID"), ["Image", "ID"])
        XCTAssertEqual(OutputFormat.camelCaseWords("Port80Tcp"), ["Port", "80", "Tcp"])
        XCTAssertEqual(OutputFormat.headerTitle(for: "RunningFor", defaultHeaders: [:]), "RUNNING FOR")
        XCTAssertEqual(OutputFormat.headerTitle(for: "id", defaultHeaders: ["ID": "Container ID"]), "CONTAINER ID")
    }
}
