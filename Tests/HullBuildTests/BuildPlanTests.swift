import XCTest
@testable import HullBuild

/// Stages, key=value words, build-argument scoping and cache keys.
final class BuildPlanTests: XCTestCase {
    func plan(_ text: String) throws -> BuildPlan {
        try BuildPlan(ContainerfileParser.parse(text, file: "Containerfile"))
    }

    func testStagesByNameAndIndex() throws {
        let p = try plan("ARG V=1\nFROM a AS Build\nRUN x\nFROM build\nCOPY --from=0 /a /b\n")
        XCTAssertEqual(p.globalArgs.map(\.arguments), ["V=1"])
        XCTAssertEqual(p.stages.map(\.name), ["build", nil])
        XCTAssertEqual(p.stages.map(\.base), ["a", "build"])
        XCTAssertEqual(p.stages[0].steps.map(\.keyword), ["RUN"])
        XCTAssertEqual(p.stage(named: "BUILD")?.index, 0)
        XCTAssertEqual(p.stage(named: "1")?.index, 1)
        XCTAssertNil(p.stage(named: "2"))
    }

    func testPlanErrorsNameTheLine() {
        XCTAssertThrowsError(try plan("RUN x\nFROM a\n")) { XCTAssertEqual(($0 as? ContainerfileError)?.line, 1) }
        XCTAssertThrowsError(try plan("FROM a AS x\nFROM b AS x\n")) { XCTAssertEqual(($0 as? ContainerfileError)?.line, 2) }
        XCTAssertThrowsError(try plan("FROM a AS 1x\n"))
        XCTAssertThrowsError(try plan("FROM a b\n"))
        XCTAssertThrowsError(try plan("ARG only\n"))
    }

    func testKeyValueWords() throws {
        func kv(_ s: String, legacy: Bool = true, bare: Bool = false) throws -> [String] {
            try KeyValueWords.parse(s, escape: "\\", legacyAllowed: legacy, bareAllowed: bare).map { "\($0.0)|\($0.1 ?? "nil")" }
        }
        XCTAssertEqual(try kv("A=1 B=\"two words\" C='x y'"), ["A|1", "B|\"two words\"", "C|'x y'"])
        XCTAssertEqual(try kv("NAME the rest  of it"), ["NAME|the rest  of it"])
        XCTAssertEqual(try kv("A=a\\ b C=d"), ["A|a\\ b", "C|d"])
        XCTAssertEqual(try kv("X Y=1", legacy: false, bare: true), ["X|nil", "Y|1"])
        XCTAssertThrowsError(try kv("X Y=1", legacy: false, bare: false))
        XCTAssertThrowsError(try kv("=1", legacy: false))
        XCTAssertThrowsError(try kv("NAME"))
    }

    func testBuildArgumentsOverrideDefaultsAndGlobalsReachStagesOnlyWhenRedeclared() {
        var v = BuildVariables(buildArgs: ["VERSION": "2", "UNUSED": "x", "HTTP_PROXY": "http://p"])
        v.declareGlobal("BASE", default: "busybox")
        v.declareGlobal("VERSION", default: "1")
        XCTAssertEqual(v.global["BASE"], "busybox")
        XCTAssertEqual(v.global["VERSION"], "2")
        XCTAssertNotNil(v.global["TARGETARCH"])
        XCTAssertEqual(v.stageValue("BASE", default: nil), "busybox")
        XCTAssertEqual(v.stageValue("OTHER", default: "d"), "d")
        XCTAssertNil(v.stageValue("NEVER", default: nil))
        XCTAssertEqual(v.unused, ["UNUSED"])
        XCTAssertEqual(v.proxies, ["HTTP_PROXY=http://p"])
    }

    func testStageLookupPrefersENVOverARG() {
        var s = StageState.scratch()
        s.args = [("A", "from-arg"), ("B", "b"), ("U", nil)]
        s.defaults.Env = ["A=from-env"]
        XCTAssertEqual(s.lookup("A"), "from-env")
        XCTAssertEqual(s.lookup("B"), "b")
        XCTAssertNil(s.lookup("U"))
        XCTAssertEqual(s.argPairs, ["A=from-arg", "B=b"])
    }

    func testCacheKeysChangeWithEveryPartAndNeverCollideByConcatenation() {
        let base = CacheKey.make(parent: "p", parts: ["run", "echo hi"])
        XCTAssertEqual(base, CacheKey.make(parent: "p", parts: ["run", "echo hi"]))
        XCTAssertNotEqual(base, CacheKey.make(parent: "q", parts: ["run", "echo hi"]))
        XCTAssertNotEqual(base, CacheKey.make(parent: "p", parts: ["run", "echo ho"]))
        XCTAssertNotEqual(CacheKey.make(parent: "p", parts: ["ab", "c"]), CacheKey.make(parent: "p", parts: ["a", "bc"]))
        XCTAssertNotEqual(CacheKey.make(parent: nil, parts: []), CacheKey.make(parent: "p", parts: []))
        XCTAssertEqual(base.count, 64)
    }

    func testContentHashIgnoresTimesButNotModesOwnersOrBytes() throws {
        let file = CopyItem(target: "/a", kind: .file, mode: 0o644, uid: 0, gid: 0, size: 2, content: Array("hi".utf8))
        let digests = StatCache(path: nil)
        let h = try ContentHasher.hash([file], digests: digests)
        var touched = file
        touched.modified = timespec(tv_sec: 12345, tv_nsec: 0)
        XCTAssertEqual(try ContentHasher.hash([touched], digests: digests), h)
        var other = file
        other.mode = 0o600
        XCTAssertNotEqual(try ContentHasher.hash([other], digests: digests), h)
        other = file
        other.uid = 1
        XCTAssertNotEqual(try ContentHasher.hash([other], digests: digests), h)
        other = file
        other.content = Array("ho".utf8)
        XCTAssertNotEqual(try ContentHasher.hash([other], digests: digests), h)
        other = file
        other.target = "/b"
        XCTAssertNotEqual(try ContentHasher.hash([other], digests: digests), h)
    }

    func testStatCacheRehashesAChangedFileAndKeepsWhatItLearnt() throws {
        var template = Array("/tmp/hull-statcache.XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        defer { _ = try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/f"
        try "one".write(toFile: file, atomically: false, encoding: .utf8)
        let cache = StatCache(path: dir + "/cache")
        let first = try cache.digest(of: file)
        cache.save()
        let reloaded = StatCache(path: dir + "/cache")
        XCTAssertEqual(try reloaded.digest(of: file), first)
        try "two".write(toFile: file, atomically: false, encoding: .utf8)
        XCTAssertNotEqual(try reloaded.digest(of: file), first)
    }

    func testLayerEntriesComeParentsFirstAndTheLastWriteWins() {
        let items = [
            CopyItem(target: "/b/c", kind: .file, mode: 0o644, uid: 0, gid: 0, content: [1]),
            CopyItem(target: "/a", kind: .directory, mode: 0o755, uid: 0, gid: 0),
            CopyItem(target: "/b/c", kind: .file, mode: 0o600, uid: 0, gid: 0, content: [2]),
        ]
        let ordered = CopyLayerWriter.ordered(items)
        XCTAssertEqual(ordered.map(\.target), ["/a", "/b/c"])
        XCTAssertEqual(ordered[1].mode, 0o600)
    }
}

final class BuildPlanFlagTests: XCTestCase {
    func testUnknownFlagsAreRefusedWithTheirLine() throws {
        XCTAssertNoThrow(try BuildPlan(ContainerfileParser.parse("FROM --platform=linux/amd64 a\nCOPY --from=x --chown=1 --chmod=644 --link a b\nRUN --network=none x\n", file: "C")))
        XCTAssertThrowsError(try BuildPlan(ContainerfileParser.parse("FROM a\nRUN --mounts=type=cache,target=/x true\n", file: "C"))) { error in
            XCTAssertEqual((error as? ContainerfileError)?.description, "C:2: unknown flag for RUN: --mounts")
        }
        XCTAssertThrowsError(try BuildPlan(ContainerfileParser.parse("FROM a\nADD --from=x a b\n", file: "C")))
        XCTAssertThrowsError(try BuildPlan(ContainerfileParser.parse("FROM a\nENV --x=1\n", file: "C")))
    }
}
