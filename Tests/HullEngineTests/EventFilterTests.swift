import XCTest
@testable import HullEngine

/// `events --filter`, `--since` and `--until` as Podman reads them.
final class EventFilterTests: XCTestCase {
    let start = Event(.container, "start", id: "0123abcd", image: "localhost/busybox:latest", name: "web",
                      attributes: ["tier": "front"])
    let died = Event(.container, "died", id: "4567", image: "docker.io/library/alpine:3", name: "db", exitCode: 1)
    let volume = Event(.volume, "create", name: "data")
    let connect = Event(.network, "connect", id: "0123abcd", name: "web", network: "backend")
    let pull = Event(.image, "pull", name: "localhost/busybox:latest")

    func matching(_ filters: [String]) throws -> [String] {
        let f = try EventFilter(filters)
        return [start, died, volume, connect, pull].filter(f.matches).map { "\($0.type.rawValue) \($0.status)" }
    }

    func testKeysAndValues() throws {
        XCTAssertEqual(try matching([]).count, 5)
        XCTAssertEqual(try matching(["container=web"]), ["container start", "network connect"])
        XCTAssertEqual(try matching(["container=4567"]), ["container died"])
        XCTAssertEqual(try matching(["container=0123"]), ["container start", "network connect"], "an id prefix")
        XCTAssertEqual(try matching(["event=died"]), ["container died"])
        XCTAssertEqual(try matching(["event=die"]), ["container died"], "Docker's name")
        XCTAssertEqual(try matching(["type=volume"]), ["volume create"])
        XCTAssertEqual(try matching(["volume=data"]), ["volume create"])
        XCTAssertEqual(try matching(["network=backend"]), ["network connect"])
        XCTAssertEqual(try matching(["label=tier=front"]), ["container start"])
        XCTAssertEqual(try matching(["label=tier"]), ["container start"])
        XCTAssertEqual(try matching(["image=busybox"]), ["container start", "image pull"], "a short name matches")
    }

    func testOneKeyIsAlternativesSeveralKeysAllApply() throws {
        XCTAssertEqual(try matching(["event=start", "event=died"]), ["container start", "container died"])
        XCTAssertEqual(try matching(["event=start", "container=db"]), [])
        XCTAssertEqual(try matching(["type=container", "container=web", "container=db"]), ["container start", "container died"])
    }

    func testBadFiltersAreErrors() {
        XCTAssertThrowsError(try EventFilter(["colour=red"])) { XCTAssertTrue("\($0)".contains("colour is an invalid filter")) }
        XCTAssertThrowsError(try EventFilter(["container"]))
        XCTAssertThrowsError(try EventFilter(["type=boat"]))
    }

    func testTimeBounds() throws {
        let now = EventTime(seconds: 1_796_700_000, nanoseconds: 500)
        XCTAssertEqual(try EventTimeBound.parse("10m", now: now), EventTime(seconds: 1_796_699_400, nanoseconds: 500))
        XCTAssertEqual(try EventTimeBound.parse("1h30m", now: now).seconds, 1_796_700_000 - 5400)
        XCTAssertEqual(try EventTimeBound.parse("10m", since: false, now: now).seconds, 1_796_700_600, "--until: ahead of now, as Podman")
        XCTAssertEqual(try EventTimeBound.parse("1.5s", now: now), EventTime(seconds: 1_796_699_998, nanoseconds: 500_000_500))
        XCTAssertEqual(try EventTimeBound.parse("1796689506", now: now), EventTime(seconds: 1_796_689_506))
        XCTAssertEqual(try EventTimeBound.parse("1796689506.25", now: now), EventTime(seconds: 1_796_689_506, nanoseconds: 250_000_000))
        XCTAssertEqual(try EventTimeBound.parse("2026-12-08T00:25:06.529363997Z"), EventTime(seconds: 1_796_689_506, nanoseconds: 529_363_997))
        XCTAssertEqual(try EventTimeBound.parse("2026-12-08T02:25:06+02:00"), EventTime(seconds: 1_796_689_506))
        XCTAssertEqual(try EventTimeBound.parse("2026-12-08T00:25:06"), EventTime(seconds: 1_796_689_506))
        XCTAssertEqual(try EventTimeBound.parse("2026-12-08"), EventTime(seconds: 1_796_688_000))
        for bad in ["", "5x", "10 m", "yesterday", "2026-13-45T99", "1.2.3", "m"] {
            XCTAssertThrowsError(try EventTimeBound.parse(bad, now: now), bad)
        }
    }

    func testGoDurations() {
        XCTAssertEqual(GoDuration.seconds("300ms"), 0.3)
        XCTAssertEqual(GoDuration.seconds("-2h"), -7200)
        XCTAssertEqual(GoDuration.seconds("0"), 0)
        XCTAssertNil(GoDuration.seconds("12"))
        XCTAssertNil(GoDuration.seconds("1d"))
    }
}
