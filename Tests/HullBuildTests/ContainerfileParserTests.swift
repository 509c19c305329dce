import XCTest
@testable import HullBuild

/// The parser keeps what Docker's keeps: directives only at the top,
/// continuations joined, comments dropped, heredocs read after their line.
final class ContainerfileParserTests: XCTestCase {
    func parse(_ text: String) throws -> Containerfile {
        try ContainerfileParser.parse(text, file: "Containerfile")
    }

    func testInstructionsKeepTheirLineAndUpperCaseKeyword() throws {
        let f = try parse("# a comment\nfrom busybox\n\n  run echo hi\n")
        XCTAssertEqual(f.instructions.map(\.keyword), ["FROM", "RUN"])
        XCTAssertEqual(f.instructions.map(\.line), [2, 4])
        XCTAssertEqual(f.instructions[1].arguments, "echo hi")
    }

    func testContinuationsJoinLinesAndSkipCommentsAndBlanksInside() throws {
        let f = try parse("FROM x\nRUN echo a \\\n# inside\n\n    b \\  \n c\n")
        XCTAssertEqual(f.instructions[1].arguments, "echo a     b  c")
        XCTAssertEqual(f.instructions[1].line, 2)
    }

    func testEscapeDirectiveChangesTheContinuationCharacter() throws {
        let f = try parse("# escape=`\nFROM x\nRUN dir c:\\ `\n  /b\n")
        XCTAssertEqual(f.escape, "`")
        XCTAssertEqual(f.directives["escape"], "`")
        XCTAssertEqual(f.instructions[1].arguments, "dir c:\\   /b")
    }

    func testDirectivesOnlyCountAtTheTop() throws {
        let f = try parse("# syntax=docker/dockerfile:1\n# escape=\\\nFROM x\n# escape=`\nRUN a \\\n b\n")
        XCTAssertEqual(f.directives["syntax"], "docker/dockerfile:1")
        XCTAssertEqual(f.escape, "\\")
        XCTAssertEqual(f.instructions[1].arguments, "a  b")
    }

    func testAnUnknownDirectiveEndsTheDirectives() throws {
        let f = try parse("# unknown=1\n# escape=`\nFROM x\n")
        XCTAssertEqual(f.escape, "\\")
        XCTAssertNil(f.directives["escape"])
    }

    func testABadEscapeOrARepeatedDirectiveNamesItsLine() {
        XCTAssertThrowsError(try parse("# escape=x\nFROM a\n")) { error in
            XCTAssertEqual((error as? ContainerfileError)?.line, 1)
        }
        XCTAssertThrowsError(try parse("# syntax=a\n# syntax=b\nFROM a\n")) { error in
            XCTAssertEqual((error as? ContainerfileError)?.description, "Containerfile:2: only one syntax parser directive can be used")
        }
    }

    func testUnknownInstructionIsAnErrorWithItsLine() {
        XCTAssertThrowsError(try parse("FROM a\n\nFOO bar\n")) { error in
            XCTAssertEqual((error as? ContainerfileError)?.description, "Containerfile:3: unknown instruction: FOO")
        }
    }

    func testFlagsAreSplitOff() throws {
        let f = try parse("FROM a\nCOPY --from=build --chown=1:2 /a /b\n")
        XCTAssertEqual(f.instructions[1].flags, ["--from=build", "--chown=1:2"])
        XCTAssertEqual(f.instructions[1].arguments, "/a /b")
        XCTAssertEqual(f.instructions[1].flag("from"), "build")
        XCTAssertNil(f.instructions[1].flag("chmod"))
    }

    func testJSONAndShellForms() throws {
        let f = try parse("FROM a\nCMD [\"echo\", \"a b\", \"\\u0041\\n\"]\nCMD [\"unterminated\"\nCMD [1]\nCMD []\n")
        XCTAssertEqual(f.instructions[1].jsonForm, ["echo", "a b", "A\n"])
        XCTAssertNil(f.instructions[2].jsonForm)
        XCTAssertNil(f.instructions[3].jsonForm)
        XCTAssertEqual(f.instructions[4].jsonForm, [])
    }

    func testHeredocsAreReadAfterTheInstruction() throws {
        let f = try parse("FROM a\nRUN <<EOF\necho one\necho $HOME\nEOF\nCOPY <<'A' <<-B /dir/\nx=$y\nA\n\t\tindented\n\tB\nENV K=v\n")
        XCTAssertEqual(f.instructions.map(\.keyword), ["FROM", "RUN", "COPY", "ENV"])
        XCTAssertEqual(f.instructions[1].heredocs, [Heredoc(delimiter: "EOF", content: "echo one\necho $HOME\n", expands: true, stripsTabs: false)])
        XCTAssertEqual(f.instructions[2].heredocs, [
            Heredoc(delimiter: "A", content: "x=$y\n", expands: false, stripsTabs: false),
            Heredoc(delimiter: "B", content: "indented\n", expands: true, stripsTabs: true),
        ])
        XCTAssertEqual(f.instructions[3].line, 11)
    }

    func testQuotedHeredocLookalikesAndHereStringsAreNotHeredocs() throws {
        let f = try parse("FROM a\nRUN echo '<<EOF' && cat <<<word\nENV a=b\n")
        XCTAssertEqual(f.instructions[1].heredocs, [])
        XCTAssertEqual(f.instructions.count, 3)
    }

    func testAnUnterminatedHeredocIsAnError() {
        XCTAssertThrowsError(try parse("FROM a\nRUN <<EOF\necho\n")) { error in
            XCTAssertEqual((error as? ContainerfileError)?.line, 2)
        }
    }

    func testCRLFLinesAndAByteOrderMark() throws {
        let f = try parse("\u{FEFF}FROM a\r\nRUN b \\\r\n c\r\n")
        XCTAssertEqual(f.instructions.map(\.arguments), ["a", "b  c"])
    }
}
