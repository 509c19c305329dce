import XCTest
@testable import HullBuild

/// Docker's variable substitution and quote handling, case by case.
final class ShellLexerTests: XCTestCase {
    let vars = ["A": "apple", "E": "", "SP": "a b", "N1": "x"]
    func word(_ s: String, escape: Character = "\\") throws -> String {
        try ShellLexer(escape: escape).word(s) { self.vars[$0] }
    }
    func words(_ s: String) throws -> [String] {
        try ShellLexer().words(s) { self.vars[$0] }
    }

    func testPlainAndBracedVariables() throws {
        XCTAssertEqual(try word("$A"), "apple")
        XCTAssertEqual(try word("${A}s"), "apples")
        XCTAssertEqual(try word("$As"), "")
        XCTAssertEqual(try word("x$UNSET.y"), "x.y")
        XCTAssertEqual(try word("cost $"), "cost $")
        XCTAssertEqual(try word("$1a"), "a")
    }

    func testDefaultsAndAlternatives() throws {
        XCTAssertEqual(try word("${UNSET:-def}"), "def")
        XCTAssertEqual(try word("${E:-def}"), "def")
        XCTAssertEqual(try word("${E-def}"), "")
        XCTAssertEqual(try word("${UNSET-def}"), "def")
        XCTAssertEqual(try word("${A:-def}"), "apple")
        XCTAssertEqual(try word("${A:+alt}"), "alt")
        XCTAssertEqual(try word("${E:+alt}"), "")
        XCTAssertEqual(try word("${E+alt}"), "alt")
        XCTAssertEqual(try word("${UNSET+alt}"), "")
        XCTAssertEqual(try word("${UNSET:-$A}"), "apple")
        XCTAssertEqual(try word("${UNSET:-'a}b'}"), "a}b")
    }

    func testRequiredVariables() {
        XCTAssertThrowsError(try word("${UNSET:?must be set}")) { error in
            XCTAssertEqual((error as? ShellLexer.Failure)?.description, "UNSET: must be set")
        }
        XCTAssertEqual(try word("${A?x}"), "apple")
    }

    func testQuotes() throws {
        XCTAssertEqual(try word("'$A'"), "$A")
        XCTAssertEqual(try word("\"$A b\""), "apple b")
        XCTAssertEqual(try word("\"a\\\"b\\$A\\x\""), "a\"b$A\\x")
        XCTAssertEqual(try word("\\$A"), "$A")
        XCTAssertEqual(try word("a\\ b"), "a b")
        XCTAssertEqual(try word("`$A", escape: "`"), "$A")
    }

    func testUnterminatedQuotesAndBadSubstitutions() {
        XCTAssertThrowsError(try word("'abc"))
        XCTAssertThrowsError(try word("\"abc"))
        XCTAssertThrowsError(try word("${A"))
        XCTAssertThrowsError(try word("${}"))
        XCTAssertThrowsError(try word("${A%x}"))
    }

    func testWordSplitting() throws {
        XCTAssertEqual(try words("a  b\t c"), ["a", "b", "c"])
        XCTAssertEqual(try words("'a b' \"c d\"e"), ["a b", "c de"])
        XCTAssertEqual(try words("$SP x"), ["a", "b", "x"])
        XCTAssertEqual(try words("\"$SP\" x"), ["a b", "x"])
        XCTAssertEqual(try words("'' x"), ["", "x"])
        XCTAssertEqual(try words("$E x"), ["x"])
    }
}
