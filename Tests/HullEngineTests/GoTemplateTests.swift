import XCTest

@testable import HullEngine

// Expected outputs were checked against Go's text/template (via podman's
// --format) wherever the data allowed it.

private let sample: TemplateValue = [
    "ID": "abc123",
    "Names": ["web", "db"],
    "Labels": ["tier": "front", "app": "x"],
    "Size": 1024,
    "Ratio": 0.5,
    "Running": true,
    "Empty": "",
    "Config": ["Image": "alpine", "Env": ["A=1", "B=2"]],
    "Nothing": .null,
]

private func render(_ source: String, _ data: TemplateValue = sample) throws -> String {
    try GoTemplate(source).render(data)
}

private func assertTemplateError(
    _ source: String, _ expected: String, data: TemplateValue = sample,
    file: StaticString = #filePath, line: UInt = #line
) {
    do {
        let output = try GoTemplate(source).render(data)
        XCTFail("expected an error, got \(output)", file: file, line: line)
    } catch let error as TemplateError {
        XCTAssertEqual(error.message, expected, file: file, line: line)
    } catch {
        XCTFail("unexpected error type: \(error)", file: file, line: line)
    }
}

final class GoTemplateTests: XCTestCase {
    func testPlainTextAndEmptyTemplate() throws {
        XCTAssertEqual(try render("hello { world }"), "hello { world }")
        XCTAssertEqual(try render(""), "")
    }

    func testFieldChainsAndMissingKeys() throws {
        XCTAssertEqual(try render("{{.ID}} {{.Config.Image}}"), "abc123 alpine")
        XCTAssertEqual(try render("{{.Missing}}"), "<no value>")
        XCTAssertEqual(try render("{{.Config.Missing.Deeper}}"), "<no value>")
        XCTAssertEqual(try render("{{.Nothing}}"), "<nil>")
        XCTAssertEqual(try render("{{.Nothing.Field}}"), "<no value>")
    }

    func testFieldLookupFallsBackToCaseInsensitive() throws {
        XCTAssertEqual(try render("{{.Id}} {{.config.image}}"), "abc123 alpine")
        let both: TemplateValue = ["id": "lower", "ID": "upper"]
        XCTAssertEqual(try render("{{.id}} {{.ID}}", both), "lower upper")
    }

    func testDotAndRootVariable() throws {
        XCTAssertEqual(try render("{{.}}", "plain"), "plain")
        XCTAssertEqual(try render("{{with .Config}}{{.Image}} {{$.ID}}{{end}}"), "alpine abc123")
        XCTAssertEqual(try render("{{$.Size}}"), "1024")
    }

    func testPrintsValuesLikeGoFmt() throws {
        XCTAssertEqual(try render("{{.Names}}"), "[web db]")
        XCTAssertEqual(try render("{{.Labels}}"), "map[app:x tier:front]")
        XCTAssertEqual(try render("{{.Config}}"), "map[Env:[A=1 B=2] Image:alpine]")
        XCTAssertEqual(try render("{{.}}", [:]), "map[]")
        XCTAssertEqual(try render("{{.Running}} {{.Size}} {{.Ratio}}"), "true 1024 0.5")
        XCTAssertEqual(try render("{{1e6}} {{123456.0}} {{0.00001}} {{-0.0}} {{1.0}}", [:]), "1e+06 123456 1e-05 -0 1")
        XCTAssertEqual(try render("{{.}}", [.null, 1, [:]]), "[<nil> 1 map[]]")
    }

    func testLiterals() throws {
        XCTAssertEqual(try render(#"{{"a\tb\n\"q\" \u00e9\x41"}}"#), "a\tb\n\"q\" éA")
        XCTAssertEqual(try render("{{`raw \\n`}}"), "raw \\n")
        XCTAssertEqual(try render("{{0x1F}} {{1_000}} {{-5}} {{+3}} {{010}} {{1.5}} {{.5}}"), "31 1000 -5 3 8 1.5 0.5")
        XCTAssertEqual(try render("{{'a'}} {{true}} {{false}}"), "97 true false")
        XCTAssertEqual(try render("{{-9223372036854775808}} {{-0x10}}"), "-9223372036854775808 -16")
        XCTAssertEqual(try render("{{print nil}}"), "<nil>")
    }

    func testWhitespaceTrimming() throws {
        XCTAssertEqual(try render("a  {{- .ID -}}  \n b"), "aabc123b")
        XCTAssertEqual(try render("a {{- .ID}} b"), "aabc123 b")
        // Without a space the dash is part of a number, not a trim marker.
        XCTAssertEqual(try render("a {{-3}} b"), "a -3 b")
        XCTAssertEqual(try render("{{range .Names}}\n  {{- .}},\n{{- end}}"), "web,db,")
    }

    func testComments() throws {
        XCTAssertEqual(try render("a{{/* note */}}b"), "ab")
        XCTAssertEqual(try render("a {{- /* note\nmore */ -}} b"), "ab")
        assertTemplateError("{{/* open", "template: output:1: unclosed comment")
        assertTemplateError("{{/* c */ x}}", "template: output:1: comment ends before closing delimiter")
    }

    func testPipelines() throws {
        XCTAssertEqual(try render("{{.ID | upper}}"), "ABC123")
        XCTAssertEqual(try render(#"{{.ID | printf "%s-%s" "x"}}"#), "x-abc123")
        XCTAssertEqual(try render(#"{{"a" | printf "%s%s" "b" | upper}}"#), "BA")
        XCTAssertEqual(try render(#"{{"a" | eq "a"}}"#), "true")
    }

    func testParenthesizedExpressionsAndChains() throws {
        XCTAssertEqual(try render(#"{{(index .Labels "app") | upper}}"#), "X")
        XCTAssertEqual(try render("{{(.Config).Image}}"), "alpine")
        XCTAssertEqual(try render(#"{{(index .Config "Env")}}"#), "[A=1 B=2]")
        let nested: TemplateValue = ["Ports": ["80/tcp": ["HostPort": "8080"]]]
        XCTAssertEqual(try render(#"{{(index .Ports "80/tcp").HostPort}}"#, nested), "8080")
        XCTAssertEqual(try render(#"{{len (split (join .Names ",") ",")}}"#), "2")
    }

    func testPodmanFunctions() throws {
        XCTAssertEqual(try render("{{json .Names}} {{json .Labels}} {{json .Missing}}"),
                       #"["web","db"] {"tier":"front","app":"x"} null"#)
        XCTAssertEqual(try render(#"{{upper "aé"}} {{lower "ABC"}} {{title "hello wORLD foo-bar"}}"#),
                       "AÉ abc Hello WORLD Foo-Bar")
        XCTAssertEqual(try render(#"{{join .Names ", "}}"#), "web, db")
        XCTAssertEqual(try render(#"{{split "a,b,,c" ","}} {{len (split "" ",")}}"#), "[a b  c] 1")
        XCTAssertEqual(try render(#"{{truncate "abcdef" 3}} {{truncate "ab" 3}}"#), "abc ab")
        XCTAssertEqual(try render(#"[{{pad "x" 2 3}}] [{{pad "" 2 3}}]"#), "[  x   ] []")
    }

    func testIndexLenAndSlice() throws {
        XCTAssertEqual(try render(#"{{index .Names 1}} {{index .Labels "app"}} {{index .Config "Env" 0}}"#), "db x A=1")
        // A missing key in a string map gives "", as Go's zero value for string.
        XCTAssertEqual(try render(#"[{{index .Labels "nope"}}]"#), "[]")
        XCTAssertEqual(try render(#"{{index "abc" 0}}"#), "97")
        XCTAssertEqual(try render(#"{{len .Names}} {{len .Labels}} {{len "héllo"}}"#), "2 2 6")
        XCTAssertEqual(try render(#"{{slice "hello" 1 3}} {{slice .Names 1}}"#), "el [db]")
    }

    func testPrintFunctions() throws {
        XCTAssertEqual(try render(#"{{print 1 2 "a" 3 "b" "c"}}"#), "1 2a3bc")
        XCTAssertEqual(try render(#"{{println 1 "a"}}"#), "1 a\n")
        XCTAssertEqual(try render(#"{{printf "%s|%d|%v|%q|%%" .ID .Size .Names .ID}}"#), #"abc123|1024|[web db]|"abc123"|%"#)
        XCTAssertEqual(try render(#"{{printf "%5s|%-5s|%.2s|%05d|%+d|%x|%X" "ab" "cd" "xyz" 42 5 255 "hi"}}"#),
                       "   ab|cd   |xy|00042|+5|ff|6869")
        XCTAssertEqual(try render(#"{{printf "%.3f %.0f %.1f %6.2f %e %.3g %t %c" 2.0005 2.5 0.05 3.14159 123456.789 1234567.0 true 65}}"#),
                       "2.001 2 0.1   3.14 1.234568e+05 1.23e+06 true A")
        XCTAssertEqual(try render(#"{{printf "%d" "x"}} {{printf "%s"}} {{printf "%s" 1 2}} {{printf "%T" 1.5}}"#),
                       "%!d(string=x) %!s(MISSING) %!s(int=1)%!(EXTRA int=2) float64")
        XCTAssertEqual(try render(#"{{printf "%-*d|" 4 7}}"#), "7   |")
    }

    func testComparisonsAndLogic() throws {
        XCTAssertEqual(try render(#"{{eq .ID "abc123"}} {{eq .Size 1024}} {{eq "a" "b" "a"}} {{ne 1 2}}"#), "true true true true")
        XCTAssertEqual(try render(#"{{lt 1 2}} {{le 2 2}} {{gt 2.5 1.5}} {{ge 1 2}} {{lt "a" "b"}} {{eq .Size 1024.0}}"#),
                       "true true true false true true")
        XCTAssertEqual(try render(#"{{and 1 0 2}}|{{or 0 "" "x"}}|{{not .Empty}}|{{and 1 2}}|{{or 0 ""}}"#), "0|x|true|2|")
        // and/or short-circuit, so the failing index is never evaluated.
        XCTAssertEqual(try render(#"{{and false (index .Names 99)}} {{or .ID (index .Names 99)}}"#), "false abc123")
        XCTAssertEqual(try render("{{.ID | and true}}"), "abc123")
    }

    func testIfElseChains() throws {
        let template = #"{{if eq .ID "x"}}x{{else if .Running}}running{{else}}other{{end}}"#
        XCTAssertEqual(try render(template), "running")
        XCTAssertEqual(try render(template, ["ID": "x"]), "x")
        XCTAssertEqual(try render(template, ["ID": "y"]), "other")
        // Go truthiness: zero values and empty collections are false.
        let checks = "{{if .Empty}}1{{end}}{{if .Nothing}}2{{end}}{{if .Missing}}3{{end}}{{if 0}}4{{end}}{{if .Names}}5{{end}}"
        XCTAssertEqual(try render(checks), "5")
        XCTAssertEqual(try render("{{if $n := len .Names}}{{$n}}{{end}}"), "2")
    }

    func testRange() throws {
        XCTAssertEqual(try render("{{range .Names}}[{{.}}]{{end}}"), "[web][db]")
        XCTAssertEqual(try render("{{range $i, $e := .Names}}{{$i}}={{$e}} {{end}}"), "0=web 1=db ")
        XCTAssertEqual(try render("{{range $e := .Names}}{{$e}}{{end}}"), "webdb")
        // Maps iterate in sorted key order, like Go maps.
        XCTAssertEqual(try render("{{range $k, $v := .Labels}}{{$k}}={{$v}};{{end}}"), "app=x;tier=front;")
        XCTAssertEqual(try render("{{range .Missing}}x{{else}}empty{{end}}"), "empty")
        XCTAssertEqual(try render("{{range .Nothing}}x{{end}}"), "")
        XCTAssertEqual(try render("{{range .Names}}{{$.ID}}{{end}}"), "abc123abc123")
        XCTAssertEqual(try render("{{range 3}}{{.}}{{end}}", [:]), "012")
        let breaks = #"{{range $i, $e := split "a b c d" " "}}{{if eq $i 1}}{{continue}}{{end}}{{if eq $e "d"}}{{break}}{{end}}{{$e}}{{end}}"#
        XCTAssertEqual(try render(breaks), "ac")
        let matrix: TemplateValue = ["Rows": [[1, 2], [3]]]
        XCTAssertEqual(try render("{{range .Rows}}({{range .}}{{.}}{{end}}){{end}}", matrix), "(12)(3)")
    }

    func testWith() throws {
        XCTAssertEqual(try render("{{with .Config.Image}}img={{.}}{{end}}"), "img=alpine")
        XCTAssertEqual(try render("{{with .Empty}}has{{else}}none {{.ID}}{{end}}"), "none abc123")
        XCTAssertEqual(try render("{{with $c := .Config}}{{$c.Image}}{{end}}"), "alpine")
    }

    func testVariablesAndScope() throws {
        XCTAssertEqual(try render("{{$x := .ID}}{{$x}}"), "abc123")
        XCTAssertEqual(try render("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}"), "2")
        XCTAssertEqual(try render("{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}"), "21")
        XCTAssertEqual(try render("{{$c := .Config}}{{$c.Image}} {{$c.Env}}"), "alpine [A=1 B=2]")
        XCTAssertEqual(try render("{{$n := 0}}{{range .Names}}{{$n = 1}}{{end}}{{$n}}"), "1")
    }

    func testParseErrors() {
        assertTemplateError("{{foo .ID}}", #"template: output:1: function "foo" not defined"#)
        assertTemplateError("{{.ID", "template: output:1: unclosed action")
        assertTemplateError("{{end}}", "template: output:1: unexpected {{end}}")
        assertTemplateError("{{else}}", "template: output:1: unexpected {{else}}")
        assertTemplateError("{{if .ID}}x", "template: output:1: unexpected EOF")
        assertTemplateError("{{$x}}", #"template: output:1: undefined variable "$x""#)
        assertTemplateError("{{$x = 1}}", #"template: output:1: undefined variable "$x""#)
        assertTemplateError(#"{{"abc}}"#, "template: output:1: unterminated quoted string")
        assertTemplateError("{{(1}}", "template: output:1: unclosed left paren")
        assertTemplateError("{{1)}}", "template: output:1: unexpected right paren")
        assertTemplateError("{{if}}{{end}}", "template: output:1: missing value for if")
        assertTemplateError("{{}}", "template: output:1: missing value for command")
        assertTemplateError("{{break}}", "template: output:1: {{break}} outside {{range}}")
        assertTemplateError("{{range $a, $b, $c := .Names}}{{end}}", "template: output:1: too many declarations in range")
        assertTemplateError(#"{{.ID | "x"}}"#, "template: output:1: non executable command in pipeline stage 2")
        assertTemplateError("{{.ID-x}}", "template: output:1: bad character U+002D '-'")
        assertTemplateError("{{3x}}", #"template: output:1: bad number syntax: "3x""#)
        assertTemplateError("{{define \"x\"}}{{end}}", "template: output:1: {{define}} is not supported")
        assertTemplateError("line one\n{{nope}}", #"template: output:2: function "nope" not defined"#)
    }

    func testExecutionErrors() {
        assertTemplateError(
            "{{.ID.Foo}}", #"template: output:1:2: executing "output" at <.ID.Foo>: can't evaluate field Foo in type string"#)
        assertTemplateError(
            "x\n  {{.Names.First}}",
            #"template: output:2:4: executing "output" at <.Names.First>: can't evaluate field First in type []interface {}"#)
        assertTemplateError(
            "{{not 1 2}}", #"template: output:1:2: executing "output" at <not 1 2>: wrong number of args for not: want 1 got 2"#)
        assertTemplateError(
            "{{index .Names 5}}",
            #"template: output:1:2: executing "output" at <index .Names 5>: error calling index: index out of range: 5"#)
        assertTemplateError(
            #"{{eq .ID 1}}"#,
            #"template: output:1:2: executing "output" at <eq .ID 1>: error calling eq: incompatible types for comparison"#)
        assertTemplateError("{{1 2}}", #"template: output:1:2: executing "output" at <1>: can't give argument to non-function 1"#)
        assertTemplateError("{{nil}}", #"template: output:1:2: executing "output" at <nil>: nil is not a command"#)
        assertTemplateError(
            "{{len 3}}", #"template: output:1:2: executing "output" at <len 3>: error calling len: len of type int"#)
        assertTemplateError(
            "{{upper .Names}}",
            #"template: output:1:2: executing "output" at <upper .Names>: wrong type for value; expected string; got []interface {}"#)
        assertTemplateError(
            "{{range .ID}}{{end}}", #"template: output:1:8: executing "output" at <.ID>: range can't iterate over abc123"#)
        assertTemplateError(
            #"{{.Config.Image "x"}}"#,
            #"template: output:1:2: executing "output" at <.Config.Image>: Image is not a method but has arguments"#)
        // Go cuts the context at 20 characters.
        assertTemplateError(
            "{{index .Names 1 2 3 4 5 6 7}}",
            #"template: output:1:2: executing "output" at <index .Names 1 2 3 4...>: error calling index: index out of range: 2"#)
    }

    func testTemplateIsReusable() throws {
        let template = try GoTemplate("{{.ID}};")
        XCTAssertEqual(try template.render(["ID": "a"]) + template.render(["ID": "b"]), "a;b;")
    }
}

// MARK: - TemplateValue

private struct Inner: Encodable {
    let image: String
    let env: [String]
}

private enum State: String, Encodable { case running }

private struct Row: Encodable {
    let zeta: Int
    let alpha: String
    let inner: Inner
    let optional: String?
    let labels: [String: String]
    let ratio: Double
    let small: Float
    let flag: Bool
    let state: State
    let big: UInt64
}

final class TemplateValueTests: XCTestCase {
    func testFromEncodableKeepsKeyOrderAndTypes() throws {
        let row = Row(
            zeta: 1, alpha: "a", inner: Inner(image: "alpine", env: ["A=1"]), optional: nil,
            labels: ["b": "2", "a": "1", "c": "3"], ratio: 0.25, small: 0.1, flag: true, state: .running,
            big: UInt64.max)
        let value = try TemplateValue.from(row)
        let expected: TemplateValue = [
            "zeta": 1, "alpha": "a", "inner": ["image": "alpine", "env": ["A=1"]], "optional": .null,
            "labels": ["a": "1", "b": "2", "c": "3"], "ratio": 0.25, "small": 0.1, "flag": true,
            "state": "running", "big": .double(Double(UInt64.max)),
        ]
        XCTAssertEqual(value, expected)
        XCTAssertEqual(try TemplateValue.from([1, 2]), [1, 2])
        XCTAssertEqual(try TemplateValue.from("s"), "s")
        XCTAssertEqual(try TemplateValue.from(Optional<Int>.none), .null)
        XCTAssertEqual(try GoTemplate("{{.Inner.Image}} {{.optional}}").render(value), "alpine <nil>")
    }

    func testEqualityIsOrderSensitiveForMaps() {
        XCTAssertEqual(TemplateValue.map([("a", 1), ("b", 2)]), ["a": 1, "b": 2])
        XCTAssertNotEqual(TemplateValue.map([("a", 1), ("b", 2)]), ["b": 2, "a": 1])
        XCTAssertNotEqual(TemplateValue.int(1), .double(1))
    }

    func testCompactJSON() {
        let value: TemplateValue = [
            "s": "q\"\\\n\t\u{1}\u{8}<&>", "i": -3, "d": 1.0, "big": 1e21, "tiny": 1e-7, "frac": 0.1,
            "n": .null, "b": false, "l": [], "m": [:],
        ]
        XCTAssertEqual(
            value.jsonString(),
            #"{"s":"q\"\\\n\t\u0001\b<&>","i":-3,"d":1,"big":1e+21,"tiny":1e-7,"frac":0.1,"n":null,"b":false,"l":[],"m":{}}"#)
        XCTAssertEqual(TemplateValue.double(100_000_000_000_000_000_000).jsonString(), "100000000000000000000")
    }

    func testPrettyJSONMatchesGoMarshalIndent() {
        let value: TemplateValue = [["Id": "x", "Names": ["a"], "Empty": []]]
        XCTAssertEqual(
            value.prettyJSONString(),
            "[\n    {\n        \"Id\": \"x\",\n        \"Names\": [\n            \"a\"\n        ],\n        \"Empty\": []\n    }\n]")
    }

    func testFloatFormatting() {
        XCTAssertEqual(GoFloat.v(1e21), "1e+21")
        XCTAssertEqual(GoFloat.v(0.0001), "0.0001")
        XCTAssertEqual(GoFloat.v(-2.5e-10), "-2.5e-10")
        XCTAssertEqual(GoFloat.v(.infinity), "+Inf")
        XCTAssertEqual(GoFloat.fixed(0.125, precision: 2), "0.12")
        XCTAssertEqual(GoFloat.fixed(9.96, precision: 1), "10.0")
        XCTAssertEqual(GoFloat.fixed(1e20, precision: 0), "100000000000000000000")
        XCTAssertEqual(GoFloat.exponent(0, precision: 2), "0.00e+00")
    }
}
