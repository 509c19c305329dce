import XCTest
#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
@testable import HullEngine

final class ExecSessionTests: XCTestCase {
    func testRequestCarriesTheOptionsAcross() throws {
        var options = ContainerExec.Options(command: ["sh", "-c", "echo $A"])
        options.env = ["A=1 2", "B="]
        options.user = "app:grp"
        options.workdir = "/tmp"
        options.tty = true
        let data = try JSONEncoder().encode(ExecSessionRequest(options, consoleSize: (33, 77)))
        let request = try JSONDecoder().decode(ExecSessionRequest.self, from: data)
        let back = request.options
        XCTAssertEqual(back.command, ["sh", "-c", "echo $A"])
        XCTAssertEqual(back.env, ["A=1 2", "B="])
        XCTAssertEqual(back.user, "app:grp")
        XCTAssertEqual(back.workdir, "/tmp")
        XCTAssertTrue(back.tty)
        // A session with a monitor is one the user can type into.
        XCTAssertTrue(back.interactive)
        XCTAssertEqual(request.consoleSize?.0, 33)
        XCTAssertEqual(request.consoleSize?.1, 77)
        let noTerminal = try JSONDecoder().decode(ExecSessionRequest.self,
                                                  from: JSONEncoder().encode(ExecSessionRequest(options, consoleSize: nil)))
        XCTAssertNil(noTerminal.consoleSize)
    }

    func testOnlyAnInteractiveSessionWithKeysNeedsAMonitor() throws {
        var options = ContainerExec.Options(command: ["true"])
        XCTAssertFalse(ContainerExec.canDetach(options), "the fast path: no stdin, nothing to type")
        options.tty = true
        XCTAssertFalse(ContainerExec.canDetach(options), "-t alone: no input")
        options.interactive = true
        XCTAssertTrue(ContainerExec.canDetach(options))
        options.detachKeys = try DetachKeys(parsing: "")
        XCTAssertFalse(ContainerExec.canDetach(options), "no keys: never detaches")
        options.detachKeys = .default
        options.detach = true
        XCTAssertFalse(ContainerExec.canDetach(options), "-d has no client")
    }
}
