import XCTest
@testable import HullEngine

/// The warm-up's samples must keep decoding as the record types change, or
/// the warm-up silently stops covering them.
final class RecordCodingWarmupTests: XCTestCase {
    func testEverySampleDecodesAndEncodes() {
        XCTAssertTrue(RecordCodingWarmup.roundTrip(ImageRecord.self, RecordCodingWarmup.imageRecord))
        XCTAssertTrue(RecordCodingWarmup.roundTrip(ImageConfig.self, RecordCodingWarmup.imageConfig))
        XCTAssertTrue(RecordCodingWarmup.roundTrip(ContainerConfig.self, RecordCodingWarmup.containerConfig))
        XCTAssertTrue(RecordCodingWarmup.roundTrip(ContainerState.self, RecordCodingWarmup.containerState))
    }

    /// The container sample has what a `run` writes: its nested records
    /// are there to be warmed too.
    func testTheContainerSampleHasTheNestedRecordsARunWrites() throws {
        let config = try JSONFile.decode(ContainerConfig.self, Array(RecordCodingWarmup.containerConfig.utf8), path: "sample")
        XCTAssertNotNil(config.networking)
        XCTAssertNotNil(config.idMappings)
        XCTAssertNotNil(config.mounts)
    }

    func testASampleThatNoLongerDecodesIsReportedNotThrown() {
        XCTAssertFalse(RecordCodingWarmup.roundTrip(ContainerState.self, #"{"status":"running"}"#))
    }
}
