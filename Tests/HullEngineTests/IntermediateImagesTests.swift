import XCTest
@testable import HullEngine

/// `images` without -a hides nameless images another image was built on,
/// and keeps nameless images that merely share layers.
final class IntermediateImagesTests: XCTestCase {
    func record(_ id: String, _ names: [String], _ layers: [String], _ created: TimeInterval) -> ImageRecord {
        ImageRecord(id: id, names: names, digest: nil, created: Date(timeIntervalSince1970: created), layers: layers, size: 0)
    }
    func step(_ text: String) -> ImageConfig.History {
        ImageConfig.History(created: Date(timeIntervalSince1970: 0), createdBy: text, comment: nil)
    }

    func testBuildStepsAreIntermediateAndImportsAreNot() {
        let base = record("base", ["localhost/busybox:latest"], ["l1"], 1)
        let env = record("env", [], ["l1"], 2)
        let run = record("run", [], ["l1", "l2"], 3)
        let final = record("final", ["localhost/app:latest"], ["l1", "l2"], 4)
        let reimport = record("old-import", [], ["l1"], 0)
        let histories: [String: [ImageConfig.History]] = [
            "base": [step("ADD")], "env": [step("ADD"), step("ENV")],
            "run": [step("ADD"), step("ENV"), step("RUN")], "final": [step("ADD"), step("ENV"), step("RUN"), step("CMD")],
            "old-import": [step("ADD other")],
        ]
        let hidden = IntermediateImages.ids(in: [base, env, run, final, reimport]) { histories[$0.id] }
        XCTAssertEqual(hidden, ["env", "run"])
    }
}
