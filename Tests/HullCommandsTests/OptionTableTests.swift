import ArgumentParser
import Foundation
import XCTest
@testable import HullCommands

/// `OptionTable` must parse run and create exactly as swift-argument-parser
/// does; these tests compare the two on the same command lines and the
/// table's option names with the parser's own help description.
final class OptionTableTests: XCTestCase {
    /// Every option of each command, once, with a value where it takes one.
    static let everyOption = [
        "--root", "/r", "--runroot=/rr", "--noout",
        "--name", "web", "-e", "A=1", "--env", "B=2", "--env-file", "/e", "-w", "/w", "-u", "1:2",
        "-h", "host", "-l", "k=v", "--label", "x=", "--entrypoint", "[\"sh\"]", "-it", "--init",
        "--restart=on-failure:3", "--rm", "--network", "none", "--net", "appnet", "-p", "8080:80",
        "--publish=9090:90", "-P", "--ip", "10.1.2.3", "--network-alias", "db", "--dns", "1.1.1.1",
        "--dns-search", "example.org", "--dns-option", "ndots:2", "--add-host", "h:1.2.3.4",
        "--stop-signal", "SIGINT", "--stop-timeout", "3", "--cap-add", "NET_ADMIN", "--cap-drop", "ALL",
        "--security-opt", "seccomp=unconfined", "--privileged", "-m", "64m", "--memory-swap", "128m",
        "--memory-reservation", "32m", "--cpus", "0.5", "-c", "512", "--cpuset-cpus", "0",
        "--cpuset-mems", "0", "--pids-limit", "100", "--blkio-weight", "500", "--userns", "auto",
        "--uidmap", "0:100000:65536", "--gidmap", "0:100000:65536", "--ulimit", "nofile=10:20",
        "--group-add", "wheel", "--read-only", "--tmpfs", "/run", "-v", "data:/data", "--volume", "/a:/b:ro",
        "--mount", "type=tmpfs,dst=/t", "--volumes-from", "other", "--log-opt", "max-size=1m",
        "--pull", "never", "-q", "--tls-verify=false", "--creds", "u:p", "--authfile", "/auth.json",
        "--platform", "linux/arm64", "--arch", "arm64", "--os", "linux", "--variant", "v8",
    ]
    static let runOnly = ["-d", "--detach-keys", "ctrl-a", "--no-sig-proxy"]

    static let lines: [[String]] = [
        ["busybox"],
        ["busybox", "--", "sh", "-c", "echo hi"],
        ["--rm", "--network", "none", "busybox", "--", "true"],
        ["--name", "", "-e", "A", "-e", "B", "--name", "second", "-ti", "busybox"],
        ["--stop-timeout=7", "--tls-verify", "true", "busybox", "--", "--rm", "-x"],
        everyOption + ["busybox", "--", "ls", "-l"],
    ]

    func testRunParsesAsTheArgumentParserDoes() throws {
        for line in Self.lines + [Self.runOnly + Self.everyOption + ["img"], ["--sig-proxy", "-dit", "img"]] {
            let expected = try Run.parseAsRoot(line)
            let quick = try XCTUnwrap(Run.optionTable.parse(line) { $0.image = $1 } rest: { $0.command = $1 }, "\(line)")
            XCTAssertEqual(String(describing: quick), String(describing: expected), "\(line)")
        }
    }

    func testCreateParsesAsTheArgumentParserDoes() throws {
        for line in Self.lines {
            let expected = try Create.parseAsRoot(line)
            let quick = try XCTUnwrap(Create.optionTable.parse(line) { $0.image = $1 } rest: { $0.command = $1 }, "\(line)")
            XCTAssertEqual(String(describing: quick), String(describing: expected), "\(line)")
        }
    }

    func testPullParsesAsTheArgumentParserDoes() throws {
        let lines: [[String]] = [
            ["busybox"], ["-q", "localhost:5000/a/b:1"], ["--tls-verify=false", "--creds", "u:p", "img"],
            ["--root", "/r", "--runroot=/rr", "--authfile", "/a.json", "--platform", "linux/arm64", "--arch", "arm64",
             "--os", "linux", "--variant", "v8", "-a", "--quiet", "img@sha256:" + String(repeating: "a", count: 64)],
        ]
        for line in lines {
            let expected = try Pull.parseAsRoot(line)
            let quick = try XCTUnwrap(Pull.quickParse(line), "\(line)")
            XCTAssertEqual(String(describing: quick), String(describing: expected), "\(line)")
        }
        for line in [[], ["img", "extra"], ["img", "--", "x"], ["--bogus", "img"], ["img", "-q"]] {
            XCTAssertNil(Pull.quickParse(line), "\(line)")
        }
    }

    /// What the table does not fully understand is left to the parser.
    func testLeavesAnythingUnusualToTheArgumentParser() {
        let unusual: [[String]] = [
            [], ["--rm"], ["--help", "img"], ["--bogus", "img"], ["-e"], ["-e", "--rm", "img"],
            ["--stop-timeout", "soon", "img"], ["-e=A", "img"], ["-ie", "A", "img"], ["--rm=yes", "img"],
            ["img", "extra"], ["--", "img"], ["-", "img"], ["--memory-swap", "-1", "img"],
        ]
        for line in unusual {
            XCTAssertNil(Run.optionTable.parse(line) { $0.image = $1 } rest: { $0.command = $1 }, "\(line)")
        }
    }

    func testTablesNameTheSameOptionsAsTheCommands() throws {
        try assertSameOptions(Run.self, Run.optionTable.entries.map { ($0.names, $0.takesValue) })
        try assertSameOptions(Create.self, Create.optionTable.entries.map { ($0.names, $0.takesValue) })
        try assertSameOptions(Pull.self, Pull.optionTable.entries.map { ($0.names, $0.takesValue) })
    }

    private struct Dump: Decodable {
        struct Command: Decodable { let arguments: [Argument] }
        struct Argument: Decodable {
            struct Name: Decodable { let kind: String; let name: String }
            let kind: String
            let names: [Name]?
        }
        let command: Command
    }

    private func assertSameOptions(_ command: any ParsableCommand.Type, _ table: [([String], Bool)], file: StaticString = #filePath, line: UInt = #line) throws {
        let dump = try JSONDecoder().decode(Dump.self, from: Data(command._dumpHelp().utf8))
        let declared = dump.command.arguments.filter { $0.kind != "positional" }.map { argument in
            let names = (argument.names ?? []).map { ($0.kind == "short" ? "-" : "--") + $0.name }.sorted()
            return names.joined(separator: " ") + (argument.kind == "option" ? " VALUE" : "")
        }
        let listed = table.map { names, takesValue in names.sorted().joined(separator: " ") + (takesValue ? " VALUE" : "") }
        // --help is the parser's own (-h too, where the command has no -h of its own).
        XCTAssertEqual(Set(declared).subtracting(["--help", "--help -h"]), Set(listed), file: file, line: line)
        XCTAssertEqual(declared.count - 1, listed.count, "an option listed twice", file: file, line: line)
    }
}
