import XCTest
#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation
@testable import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// The event log: whole lines under concurrent writers, rotation that
/// keeps every event, and Podman's JSON both ways.
final class EventLogTests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        var template = Array("/tmp/hull-events-test.XXXXXX".utf8CString)
        dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    override func tearDown() {
        try? FileSystem.removeTree(dir)
    }

    func events(_ log: EventLog) -> [Event] {
        var all: [Event] = []
        EventReader(log: log).readAll { all.append($0); return true }
        return all
    }

    func lines(_ path: String) -> [String] {
        guard let bytes = try? FileSystem.readFile(path) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Each writer thread opens the file for each event, as separate hull
    /// processes do: the kernel, not a lock, keeps the lines whole.
    func testConcurrentWritersLoseAndTearNothing() {
        let log = EventLog(directory: dir + "/events", maxSize: 1 << 30)
        let writers = 8, each = 400
        let label = String(repeating: "x", count: 1500)  // lines of ~1.7 KB: a torn one would show
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            for i in 0..<each {
                XCTAssertTrue(log.append(Event(.container, "start", id: "w\(w)", name: "e\(i)", attributes: ["pad": label])))
            }
        }
        let raw = lines(log.path)
        XCTAssertEqual(raw.count, writers * each)
        let decoded = raw.compactMap { EventJSON.decode(Array($0.utf8)) }
        XCTAssertEqual(decoded.count, writers * each, "every line is one whole event")
        for w in 0..<writers {
            let mine = decoded.filter { $0.id == "w\(w)" }.map(\.name)
            XCTAssertEqual(mine, (0..<each).map { "e\($0)" }, "one writer's events keep their order")
        }
    }

    func testRotationRenamesOnceAndKeepsEveryEvent() {
        let log = EventLog(directory: dir + "/events", maxSize: 20_000)
        DispatchQueue.concurrentPerform(iterations: 4) { w in
            for i in 0..<50 { log.append(Event(.volume, "create", name: "v\(w)-\(i)")) }
        }
        XCTAssertTrue(FileSystem.exists(log.rotatedPath), "the log was rotated")
        let names = Set(events(log).compactMap(\.name))
        XCTAssertEqual(names.count, 200, "no event lost across the rotation")
    }

    func testAnOversizedLineDropsLabelsToStayAtomic() {
        let log = EventLog(directory: dir, maxSize: 1 << 20)
        XCTAssertTrue(log.append(Event(.container, "create", id: "a", attributes: ["big": String(repeating: "y", count: 5000)])))
        let e = events(log)
        XCTAssertEqual(e.count, 1)
        XCTAssertNil(e[0].attributes)
        XCTAssertFalse(log.append(Event(.container, "create", id: String(repeating: "z", count: 5000))))
    }

    func testFollowerSeesEventsAcrossARotation() {
        let log = EventLog(directory: dir, maxSize: 2_000)
        log.append(Event(.volume, "create", name: "before"))
        var seen: [String] = []
        var reader = EventReader(log: log)
        reader.pollInterval = 1_000
        // The writer starts once the follower holds the log open (its
        // first look for a stop), so every event it writes is a new one.
        let writer = Thread {
            for i in 0..<40 { log.append(Event(.volume, "create", name: "n\(i)")); usleep(2_000) }
        }
        let deadline = Date().addingTimeInterval(20)
        var started = false
        reader.follow(fromStart: false, stop: {
            if !started { started = true; writer.start() }
            return Date() > deadline
        }) { e in
            seen.append(e.name ?? "")
            return seen.count < 40
        }
        XCTAssertTrue(FileSystem.exists(log.rotatedPath), "the log was rotated meanwhile")
        XCTAssertEqual(seen, (0..<40).map { "n\($0)" }, "only new events, all of them, in order")
    }

    func testPodmanLineDecodesAndEncodesTheSame() throws {
        let podman = #"{"ID":"fdc9d1f272f7","Image":"localhost/busybox:latest","Name":"peaceful","Status":"create","Time":"2026-12-08T00:25:06.529363997Z","Type":"container","Attributes":{}}"#
        let e = try XCTUnwrap(EventJSON.decode(Array(podman.utf8)))
        XCTAssertEqual(e.type, .container)
        XCTAssertEqual(e.time, EventTime(seconds: 1796689506, nanoseconds: 529363997))
        XCTAssertEqual(EventJSON.encode(e), podman)
        XCTAssertEqual(EventView.line(e), "2026-12-08 00:25:06.529363997 +0000 UTC container create fdc9d1f272f7 (image=localhost/busybox:latest, name=peaceful)")
        let volume = #"{"Name":"v1","Status":"create","Time":"2026-12-08T01:54:51.3236432Z","Type":"volume","Attributes":null}"#
        let v = try XCTUnwrap(EventJSON.decode(Array(volume.utf8)))
        XCTAssertEqual(EventJSON.encode(v), volume)
        XCTAssertEqual(EventView.line(v), "2026-12-08 01:54:51.3236432 +0000 UTC volume create v1")
    }

    func testEscapesAndExitCodeRoundTrip() throws {
        let e = Event(.container, "died", id: "i", name: "a\"b\\c\nd<é>", exitCode: 137, attributes: ["k=v": "\u{1}"],
                      time: EventTime(seconds: 0, nanoseconds: 100))
        let text = EventJSON.encode(e)
        XCTAssertTrue(text.hasPrefix(#"{"ContainerExitCode":137,"#))
        XCTAssertEqual(EventJSON.decode(Array(text.utf8)), e)
        XCTAssertNil(EventJSON.decode(Array(#"{"Status":"x","Type":"container","Time":"2026-12-08T00:25"#.utf8)), "a cut line is no event")
        XCTAssertNil(EventJSON.decode(Array(#"{"Status":"x","Type":"boat","Time":"2026-12-08T00:25:06Z"}"#.utf8)))
    }
}
