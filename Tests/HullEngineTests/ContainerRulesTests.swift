import XCTest
@testable import HullEngine

final class ContainerRulesTests: XCTestCase {
    func testEntrypointAndCmd() throws {
        var r = try CommandResolution.resolve(imageEntrypoint: ["ep"], imageCmd: ["c"], entrypointOverride: nil, args: [])
        XCTAssertEqual(r.entrypoint + r.cmd, ["ep", "c"])
        r = try CommandResolution.resolve(imageEntrypoint: ["ep"], imageCmd: ["c"], entrypointOverride: nil, args: ["x"])
        XCTAssertEqual(r.entrypoint + r.cmd, ["ep", "x"])
        r = try CommandResolution.resolve(imageEntrypoint: ["ep"], imageCmd: ["c"], entrypointOverride: ["new"], args: [])
        XCTAssertEqual(r.entrypoint + r.cmd, ["new"])
        r = try CommandResolution.resolve(imageEntrypoint: ["ep"], imageCmd: ["c"], entrypointOverride: [], args: ["sh"])
        XCTAssertEqual(r.entrypoint + r.cmd, ["sh"])
        XCTAssertThrowsError(try CommandResolution.resolve(imageEntrypoint: nil, imageCmd: nil, entrypointOverride: nil, args: []))
    }

    func testEnvironmentMergeKeepsOrderAndOverrides() {
        let env = ContainerEnvironment.merge(["PATH=/bin", "A=1"], ["A=2", "B=3"])
        XCTAssertEqual(env, ["PATH=/bin", "A=2", "B=3"])
        XCTAssertEqual(ContainerEnvironment.value("A", in: env), "2")
        XCTAssertEqual(ContainerEnvironment.expandUserEnv(["X", "Y=1", "MISSING"], host: ["X": "from-host"]), ["X=from-host", "Y=1"])
    }

    let passwd = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\n"
    let group = "root:x:0:\nwheel:x:10:app\napp:x:1000:\n"

    func testUserResolution() throws {
        let r = UserResolver(passwd: passwd, group: group)
        XCTAssertEqual(try r.resolve(""), ResolvedUser(uid: 0, gid: 0, additionalGids: [], home: "/root"))
        XCTAssertEqual(try r.resolve("app"), ResolvedUser(uid: 1000, gid: 1000, additionalGids: [10], home: "/home/app"))
        XCTAssertEqual(try r.resolve("1000:wheel").gid, 10)
        XCTAssertEqual(try r.resolve("4242"), ResolvedUser(uid: 4242, gid: 0, additionalGids: [], home: "/"))
        XCTAssertEqual(try r.resolve("app", groupAdd: ["0"]).additionalGids, [10, 0])
        XCTAssertThrowsError(try r.resolve("ghost"))
        XCTAssertThrowsError(try r.resolve("app:nogroup"))
        // No user asked for: uid 0 even without a root entry (an imported rootfs).
        let noRoot = UserResolver(passwd: "app:x:1000:1000:app:/home/app:/bin/sh\n", group: nil)
        XCTAssertEqual(try noRoot.resolve(""), ResolvedUser(uid: 0, gid: 0, additionalGids: [], home: "/"))
        XCTAssertThrowsError(try noRoot.resolve("root"))
    }

    func testConfigChanges() throws {
        var c = ImageConfig.ContainerDefaults()
        try ConfigChange.apply("CMD [\"a\",\"b\"]", to: &c)
        try ConfigChange.apply("ENTRYPOINT echo hi", to: &c)
        try ConfigChange.apply("ENV A=1 B=\"two words\"", to: &c)
        try ConfigChange.apply("LABEL k=v", to: &c)
        try ConfigChange.apply("EXPOSE 80 53/udp", to: &c)
        XCTAssertEqual(c.Cmd, ["a", "b"])
        XCTAssertEqual(c.Entrypoint, ["/bin/sh", "-c", "echo hi"])
        XCTAssertEqual(c.Env, ["A=1", "B=two words"])
        XCTAssertEqual(c.Labels, ["k": "v"])
        XCTAssertEqual(c.ExposedPorts?.keys.sorted(), ["53/udp", "80/tcp"])
        XCTAssertThrowsError(try ConfigChange.apply("FROM x", to: &c))
    }

    func testContainerFilters() throws {
        XCTAssertThrowsError(try ContainerFilter.parse(["bogus=1"]))
        XCTAssertThrowsError(try ContainerFilter.parse(["status=sleepy"]))
        XCTAssertTrue(try ContainerFilter.parse(["status=exited"]).impliesAll)
    }

    func testHumanDurationsAndSizes() {
        XCTAssertEqual(Timestamp.humanDuration(0.5), "Less than a second")
        XCTAssertEqual(Timestamp.humanDuration(1), "1 second")
        XCTAssertEqual(Timestamp.humanDuration(45), "45 seconds")
        XCTAssertEqual(Timestamp.humanDuration(90), "About a minute")
        XCTAssertEqual(Timestamp.humanDuration(600), "10 minutes")
        XCTAssertEqual(Timestamp.humanDuration(3600), "About an hour")
        XCTAssertEqual(Timestamp.humanDuration(5 * 86400), "5 days")
        XCTAssertEqual(ByteSize.human(2_129_920), "2.13 MB")
        XCTAssertEqual(ByteSize.human(999), "999 B")
        XCTAssertEqual(ByteSize.human(123_456_789), "123 MB")
        // go-units' HumanSize, as prune totals print it.
        XCTAssertEqual(ByteSize.compact(0), "0B")
        XCTAssertEqual(ByteSize.compact(999), "999B")
        XCTAssertEqual(ByteSize.compact(2_129_920), "2.13MB")
        XCTAssertEqual(ByteSize.compact(23_069_300), "23.07MB")
        XCTAssertEqual(ByteSize.compact(122_000_000), "122MB")
        XCTAssertEqual(ByteSize.compact(1_234_567_890), "1.235GB")
    }

    func testTimestampRoundTrip() {
        let text = "2026-11-22T14:39:25.5Z"
        guard let date = Timestamp.parse(text) else { return XCTFail("did not parse") }
        XCTAssertEqual(Timestamp.rfc3339Nano(date), text)
        XCTAssertEqual(Timestamp.parse("2026-11-22T15:39:25+01:00").map(Timestamp.rfc3339Nano), "2026-11-22T14:39:25Z")
        XCTAssertNil(Timestamp.parse("yesterday"))
    }
}
