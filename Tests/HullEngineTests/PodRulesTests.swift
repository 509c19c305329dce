import XCTest
@testable import HullEngine

/// --share parsing and the pod status Podman 4.3 derives from its containers.
final class PodRulesTests: XCTestCase {
    func testShareDefaultsListsPlusAndNone() throws {
        XCTAssertEqual(try PodShare.parse([]), ["ipc", "net", "uts"])
        XCTAssertEqual(try PodShare.parse(["net"]), ["net"])
        XCTAssertEqual(try PodShare.parse(["net,uts", "ipc"]), ["net", "uts", "ipc"])
        XCTAssertEqual(try PodShare.parse(["+pid"]), ["ipc", "net", "uts", "pid"])
        XCTAssertEqual(try PodShare.parse(["none"]), [])
        XCTAssertEqual(try PodShare.parse(["net,net"]), ["net"])
    }

    func testShareRefusesUnknownNamespacesInPodmansWords() {
        XCTAssertThrowsError(try PodShare.parse(["net,foo"])) { error in
            XCTAssertEqual((error as? HullError)?.message,
                           "invalid kernel namespace to share: foo. Options are: cgroup, ipc, net, pid, uts or none")
        }
        XCTAssertThrowsError(try PodShare.parse(["net,"]))
    }

    func testStatusFromContainers() {
        XCTAssertEqual(PodStatus.derive([]), "Created")
        XCTAssertEqual(PodStatus.derive([.created, .created]), "Created")
        XCTAssertEqual(PodStatus.derive([.running, .running]), "Running")
        XCTAssertEqual(PodStatus.derive([.running, .exited]), "Degraded")
        XCTAssertEqual(PodStatus.derive([.running, .created]), "Degraded")
        XCTAssertEqual(PodStatus.derive([.running, .paused]), "Degraded")
        XCTAssertEqual(PodStatus.derive([.paused, .paused]), "Paused")
        XCTAssertEqual(PodStatus.derive([.exited, .exited]), "Exited")
        XCTAssertEqual(PodStatus.derive([.exited, .created]), "Stopped")
        XCTAssertEqual(PodStatus.derive([.removing]), "Error")
    }
}
