import XCTest
@testable import HullBuild

/// The ignore-file rules as a table: Go's filepath.Match plus `**`,
/// parent directories, `!` exceptions, the last match deciding.
final class IgnoreMatcherTests: XCTestCase {
    func check(_ file: String, _ table: [(String, Bool)], line: UInt = #line) {
        let m = IgnoreMatcher(text: file)
        for (path, ignored) in table {
            XCTAssertEqual(m.ignores(path), ignored, "\(path) with \(file.debugDescription)", line: line)
        }
    }

    func testPlainNamesAndDirectories() {
        check("node_modules\n/build\n# comment\n\n", [
            ("node_modules", true), ("node_modules/a/b.js", true), ("src/node_modules", false),
            ("build/out.o", true), ("builds", false),
        ])
    }

    func testStarAndQuestionDoNotCrossSlashes() {
        check("*.log\ndocs/?.md\n", [
            ("a.log", true), ("dir/a.log", false), ("docs/a.md", true), ("docs/ab.md", false), ("docs/x/a.md", false),
        ])
    }

    func testDoubleStarSpansDirectories() {
        check("**/*.tmp\nlogs/**\na/**/z\n", [
            ("x.tmp", true), ("d/e/x.tmp", true), ("logs/1/2", true), ("logs", false),
            ("a/z", true), ("a/b/c/z", true), ("a/bz", false),
        ])
    }

    func testExceptionsAndTheLastMatchDeciding() {
        check("*.md\n!README.md\nREADME*\n", [("a.md", true), ("README.md", true)])
        check("*.md\n!README.md\n", [("a.md", true), ("README.md", false), ("x/README.md", false)])
        check("dir\n!dir/keep\n", [("dir/drop", true), ("dir/keep", false), ("dir/keep/inner", false)])
    }

    func testCharacterClassesAndEscapes() {
        check("[a-c].txt\n[!x]y\n\\*lit\n", [
            ("b.txt", true), ("d.txt", false), ("ay", true), ("xy", false), ("*lit", true), ("alit", false),
        ])
    }

    func testPatternsAreCleaned() {
        check("./a//b/../c\n", [("a/c", true), ("a/b", false)])
    }

    func testContextPathCleaning() {
        XCTAssertEqual(ContextPath.clean("a//b/./c/../d"), "a/b/d")
        XCTAssertEqual(ContextPath.clean("/../x"), "/x")
        XCTAssertEqual(ContextPath.clean(""), ".")
        XCTAssertTrue(ContextPath.leaves("a/../../b"))
        XCTAssertFalse(ContextPath.leaves("a/../b"))
        XCTAssertEqual(ContextPath.join("/app", "x/y"), "/app/x/y")
        XCTAssertEqual(ContextPath.join("/app", "/x"), "/x")
    }
}
