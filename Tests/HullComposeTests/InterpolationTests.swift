import XCTest
@testable import HullCompose

final class InterpolationTests: XCTestCase {
    private func expand(_ s: String, _ env: [String: String] = ["SET": "v", "EMPTY": ""]) throws -> String {
        var i = Interpolation(environment: env)
        return try i.apply(s)
    }

    func testPlainAndBracedVariables() throws {
        XCTAssertEqual(try expand("a-$SET-${SET}-b"), "a-v-v-b")
        XCTAssertEqual(try expand("no dollar"), "no dollar")
    }

    func testDoubleDollarIsALiteralDollar() throws {
        XCTAssertEqual(try expand("$$SET and $${SET}"), "$SET and ${SET}")
    }

    func testColonDashDefaultsWhenUnsetOrEmpty() throws {
        XCTAssertEqual(try expand("${UNSET:-d}"), "d")
        XCTAssertEqual(try expand("${EMPTY:-d}"), "d")
        XCTAssertEqual(try expand("${SET:-d}"), "v")
    }

    func testDashDefaultsOnlyWhenUnset() throws {
        XCTAssertEqual(try expand("${UNSET-d}"), "d")
        XCTAssertEqual(try expand("${EMPTY-d}"), "")
    }

    func testRequiredVariables() throws {
        XCTAssertThrowsError(try expand("${UNSET:?needs a value}")) { error in
            XCTAssertEqual(error as? Interpolation.Failure, .required(variable: "UNSET", message: "needs a value"))
        }
        XCTAssertThrowsError(try expand("${EMPTY:?e}"))
        XCTAssertEqual(try expand("${EMPTY?e}"), "")
        XCTAssertThrowsError(try expand("${UNSET?e}"))
        XCTAssertEqual(try expand("${SET:?e}"), "v")
    }

    func testAlternativeValues() throws {
        XCTAssertEqual(try expand("${SET:+alt}"), "alt")
        XCTAssertEqual(try expand("${EMPTY:+alt}"), "")
        XCTAssertEqual(try expand("${EMPTY+alt}"), "alt")
        XCTAssertEqual(try expand("${UNSET+alt}"), "")
    }

    func testNestedDefaults() throws {
        XCTAssertEqual(try expand("${UNSET:-${SET}}"), "v")
        XCTAssertEqual(try expand("${UNSET:-${ALSO_UNSET:-deep}}"), "deep")
        XCTAssertEqual(try expand("${UNSET:-x${SET}y}"), "xvy")
    }

    func testUnsetVariablesBecomeEmptyAndAreRecorded() throws {
        var i = Interpolation(environment: [:])
        XCTAssertEqual(try i.apply("a${NOPE}b$NOPE2"), "ab")
        XCTAssertEqual(i.unset, ["NOPE", "NOPE2"])
    }

    func testMalformedReferencesAreErrors() {
        XCTAssertThrowsError(try expand("${SET"))
        XCTAssertThrowsError(try expand("${}"))
        XCTAssertThrowsError(try expand("$-x"))
        XCTAssertThrowsError(try expand("${SET:}"))
    }
}
