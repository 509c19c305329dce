import XCTest
@testable import HullEngine

/// The healthcheck's pieces that need no container: Go durations, the
/// --health-* flags as Podman reads them, and the status rules.
final class HealthcheckTests: XCTestCase {
    func testGoDurations() {
        XCTAssertEqual(GoDuration.parse("30s"), 30_000_000_000)
        XCTAssertEqual(GoDuration.parse("1m30s"), 90_000_000_000)
        XCTAssertEqual(GoDuration.parse("1.5s"), 1_500_000_000)
        XCTAssertEqual(GoDuration.parse("300ms"), 300_000_000)
        XCTAssertEqual(GoDuration.parse("-1s"), -1_000_000_000)
        XCTAssertEqual(GoDuration.parse("0"), 0)
        XCTAssertEqual(GoDuration.parse("2h"), 7_200_000_000_000)
        for bad in ["", "5", "bogus", "1x", "s", ".s", "1s2"] {
            XCTAssertNil(GoDuration.parse(bad), bad)
        }
        XCTAssertEqual(GoDuration.parseWithReason("5"), .failure(.init(message: #"time: missing unit in duration "5""#)))
        XCTAssertEqual(GoDuration.parseWithReason("1x"), .failure(.init(message: #"time: unknown unit "x" in duration "1x""#)))
        XCTAssertEqual(GoDuration.parseWithReason("x"), .failure(.init(message: #"time: invalid duration "x""#)))
        XCTAssertEqual(GoDuration.format(30_000_000_000), "30s")
        XCTAssertEqual(GoDuration.format(90_000_000_000), "1m30s")
        XCTAssertEqual(GoDuration.format(1_500_000_000), "1.5s")
        XCTAssertEqual(GoDuration.format(500_000_000), "500ms")
        XCTAssertEqual(GoDuration.format(3_600_000_000_000), "1h0m0s")
        XCTAssertEqual(GoDuration.format(0), "0s")
    }

    func testFlagsGivePodmansDefaults() throws {
        var o = HealthOptions()
        o.command = "curl -f localhost || exit 1"
        let (config, action) = try o.resolve(image: nil)
        XCTAssertEqual(config?.Test, ["CMD-SHELL", "curl -f localhost || exit 1"])
        XCTAssertEqual(config?.Interval, 30_000_000_000)
        XCTAssertEqual(config?.Timeout, 30_000_000_000)
        XCTAssertEqual(config?.Retries, 3)
        XCTAssertNil(config?.StartPeriod)
        XCTAssertEqual(action, HealthOnFailure.none)
        XCTAssertEqual(config?.command, ["/bin/sh", "-c", "curl -f localhost || exit 1"])
    }

    func testCommandForms() throws {
        func test(_ text: String) throws -> [String]? {
            var o = HealthOptions()
            o.command = text
            return try o.resolve(image: nil).0?.Test
        }
        XCTAssertEqual(try test(#"["curl", "-f", "x"]"#), ["CMD", "curl", "-f", "x"])
        // One word in an array is a shell command, as Podman reads it.
        XCTAssertEqual(try test(#"["true"]"#), ["CMD-SHELL", "true"])
        XCTAssertEqual(try test("CMD echo hi"), ["CMD", "echo", "hi"])
        XCTAssertEqual(try test(#"["CMD-SHELL", "echo hi"]"#), ["CMD-SHELL", "echo hi"])
        // "none" disables it, and inspect shows so.
        XCTAssertEqual(try test("none"), ["NONE"])
    }

    func testBadValuesUsePodmansWords() {
        func message(_ change: (inout HealthOptions) -> Void) -> String? {
            var o = HealthOptions()
            o.command = "true"
            change(&o)
            do { _ = try o.resolve(image: nil); return nil } catch { return error.message }
        }
        XCTAssertEqual(message { $0.interval = "bogus" }, #"invalid healthcheck-interval: time: invalid duration "bogus""#)
        XCTAssertEqual(message { $0.timeout = "0s" }, "healthcheck-timeout must be at least 1 second")
        XCTAssertEqual(message { $0.retries = 0 }, "healthcheck-retries must be greater than 0")
        XCTAssertEqual(message { $0.startPeriod = "-1s" }, "healthcheck-start-period must be 0 seconds or greater")
        XCTAssertEqual(message { $0.onFailure = "reboot" },
                       #"invalid on-failure action "reboot" for health check: supported actions are none,kill,restart,stop"#)
        XCTAssertEqual(message { $0.disabled = true }, "cannot specify both --no-healthcheck and --health-cmd")
        XCTAssertEqual(message { $0.command = nil; $0.onFailure = "kill" }, "cannot set on-failure action to kill without a health check")
        XCTAssertNil(message { $0.interval = "disable" })
    }

    func testImageHealthcheckGetsDefaultsAndFlagsOverrideOrDisableIt() throws {
        var image = HealthConfig(test: ["CMD", "check"])
        image.Interval = 5_000_000_000
        let (fromImage, _) = try HealthOptions().resolve(image: image)
        XCTAssertEqual(fromImage?.Interval, 5_000_000_000)
        XCTAssertEqual(fromImage?.Timeout, HealthConfig.defaultTimeout)
        XCTAssertEqual(fromImage?.Retries, HealthConfig.defaultRetries)
        var off = HealthOptions()
        off.disabled = true
        XCTAssertEqual(try off.resolve(image: image).0?.isDisabled, true)
        var flags = HealthOptions()
        flags.command = "other"
        XCTAssertEqual(try flags.resolve(image: image).0?.Test, ["CMD-SHELL", "other"])
        XCTAssertEqual(try HealthOptions().resolve(image: HealthConfig(test: ["NONE"])).0?.command, nil)
    }

    private func entry(_ code: Int32) -> HealthResults.Entry {
        HealthResults.Entry(start: "s", end: "e", exitCode: code, output: "")
    }

    func testRetriesMakeItUnhealthyAndAPassResetsTheStreak() {
        var r = HealthResults()
        r.restart()
        XCTAssertEqual(r.Status, .starting)
        r.record(entry(1), inStartPeriod: false, retries: 3)
        r.record(entry(1), inStartPeriod: false, retries: 3)
        XCTAssertEqual(r.Status, .starting)
        XCTAssertEqual(r.FailingStreak, 2)
        r.record(entry(1), inStartPeriod: false, retries: 3)
        XCTAssertEqual(r.Status, .unhealthy)
        r.record(entry(0), inStartPeriod: false, retries: 3)
        XCTAssertEqual(r.Status, .healthy)
        XCTAssertEqual(r.FailingStreak, 0)
        r.record(entry(-1), inStartPeriod: false, retries: 3)
        XCTAssertEqual(r.Status, .healthy)
        XCTAssertEqual(r.FailingStreak, 1)
    }

    func testFailuresInTheStartPeriodDoNotCount() {
        var r = HealthResults()
        r.restart()
        for _ in 0..<4 { r.record(entry(1), inStartPeriod: true, retries: 1) }
        XCTAssertEqual(r.Status, .starting)
        XCTAssertEqual(r.FailingStreak, 0)
        // A pass in the start period counts: healthy at once.
        r.record(entry(0), inStartPeriod: true, retries: 1)
        XCTAssertEqual(r.Status, .healthy)
    }

    func testTheLogKeepsTheLastFive() {
        var r = HealthResults()
        for code in 0..<8 { r.record(entry(Int32(code % 2)), inStartPeriod: false, retries: 100) }
        XCTAssertEqual(r.Log?.count, 5)
        XCTAssertEqual(r.Log?.map(\.ExitCode), [1, 0, 1, 0, 1])
        // A restart keeps the log, as Podman's.
        r.restart()
        XCTAssertEqual(r.Log?.count, 5)
    }
}
