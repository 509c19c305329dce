import XCTest
@testable import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A container whose recorder died: when it counts as orphaned, how it
/// reads, and the exit record it is read from. No root needed.
final class OrphanedExitTests: XCTestCase {
    var layout = StoreLayout(root: "", runroot: "")

    override func setUpWithError() throws {
        layout = try TempStore.make("orphan")
    }

    override func tearDown() {
        TempStore.remove(layout)
    }

    /// A running state whose process, monitor and keeper have these pids.
    func running(pid: Int32 = 10, recorder: Int32? = 11, keeper: Int32? = 12) -> ContainerState {
        var s = ContainerState.created
        s.status = .running
        s.pid = pid
        s.recorderPid = recorder
        s.keeperPid = keeper
        s.startedAt = Date()
        return s
    }

    func testOrphanedOnlyWhenTheProcessAndEveryoneWhoCouldRecordItAreGone() {
        let state = running()
        func orphaned(alive: Set<Int32>, keeperIsSelf: Bool = false) -> Bool {
            ContainerOrphans.isOrphaned(state, keeper: keeperIsSelf ? 12 : nil) { pid, _ in alive.contains(pid) }
        }
        XCTAssertFalse(orphaned(alive: [10, 11, 12]))
        XCTAssertFalse(orphaned(alive: [11]), "the monitor will record it")
        XCTAssertFalse(orphaned(alive: [12]), "the keeper inherited the process and will record it")
        XCTAssertFalse(orphaned(alive: [10]), "still running: it is reaped by whoever inherits it")
        XCTAssertTrue(orphaned(alive: []))
        XCTAssertTrue(orphaned(alive: [12], keeperIsSelf: true), "the keeper settling it counts itself out")
        var exited = state
        exited.status = .exited
        XCTAssertFalse(ContainerOrphans.isOrphaned(exited) { _, _ in false })
        // A foreground run has no keeper.
        XCTAssertTrue(ContainerOrphans.isOrphaned(running(keeper: nil)) { _, _ in false })
    }

    func testAnOrphanReadsAsExitedWithItsRecordedCodeAndTime() {
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        let s = ContainerOrphans.exited(running(), as: ExitRecord(code: 7, time: time))
        XCTAssertEqual(s.status, .exited)
        XCTAssertEqual(s.exitCode, 7)
        XCTAssertEqual(s.finishedAt, time)
        XCTAssertEqual(s.pid, 0)
        XCTAssertNil(s.pidStartTime)
    }

    func testExitRecordText() {
        XCTAssertEqual(ExitRecord.parse(Array("7".utf8)), 7)
        XCTAssertEqual(ExitRecord.parse(Array("137\n".utf8)), 137)
        XCTAssertEqual(ExitRecord.parse(Array("-1".utf8)), -1)
        XCTAssertNil(ExitRecord.parse([]))
        XCTAssertNil(ExitRecord.parse(Array("seven".utf8)))
    }

    func testAnUnseenExitIsNoticedOnceAsUnknownAndAReapersRecordIsKept() throws {
        let dir = layout.containerRunDir(Identifier.random())
        try FileSystem.makeDirectories(dir)
        let first = ExitRecord.notice(runDir: dir)
        XCTAssertEqual(first.code, ExitRecord.unknown)
        usleep(20_000)
        XCTAssertEqual(ExitRecord.notice(runDir: dir), first, "every later reader agrees on code and time")

        let reaped = layout.containerRunDir(Identifier.random())
        try FileSystem.makeDirectories(reaped)
        ExitRecord.write(3, runDir: reaped)
        XCTAssertEqual(ExitRecord.notice(runDir: reaped).code, 3)
        XCTAssertEqual(ExitRecord.read(runDir: reaped)?.code, 3)
        XCTAssertNil(ExitRecord.read(runDir: layout.containerRunDir(Identifier.random())))
    }

    /// A pid no process has (above pid_max).
    let gone: Int32 = Int32.max - 1

    func storeOrphan(autoRemove: Bool) throws -> String {
        let store = ContainerStore(layout: layout)
        let id = Identifier.random()
        let config = ContainerConfig(id: id, name: "o" + id.prefix(8), imageID: String(repeating: "a", count: 64),
                                     imageName: "localhost/x:latest", created: Date(), entrypoint: [], cmd: ["true"],
                                     env: [], workingDir: "/", user: "", hostname: "h", labels: [:], interactive: false,
                                     autoRemove: autoRemove, network: "none")
        try store.create(config)
        try store.saveState(config, running(pid: gone, recorder: gone, keeper: gone))
        try FileSystem.makeDirectories(store.runDir(id))
        return id
    }

    func testLoadingAnOrphanGivesTheReapersCodeOrAStableUnknown() throws {
        let store = ContainerStore(layout: layout)
        let unseen = try storeOrphan(autoRemove: false)
        let first = try store.load(unseen).state
        XCTAssertEqual(first.status, .exited)
        XCTAssertEqual(first.exitCode, -1)
        XCTAssertNotNil(first.finishedAt)
        XCTAssertEqual(try store.load(unseen).state.finishedAt, first.finishedAt)

        let reaped = try storeOrphan(autoRemove: false)
        ExitRecord.write(7, runDir: store.runDir(reaped))
        XCTAssertEqual(try store.load(reaped).state.exitCode, 7)
    }

    func testAnOrphanedRemoveOnExitContainerIsGoneAndSettlingRemovesIt() throws {
        let store = ContainerStore(layout: layout)
        let id = try storeOrphan(autoRemove: true)
        XCTAssertThrowsError(try store.load(id))
        XCTAssertNil(store.list().first { $0.id == id })
        ContainerOrphans(layout: layout).settle(id)
        XCTAssertFalse(store.exists(id))
        XCTAssertFalse(FileSystem.exists(layout.containerRunDir + "/\(id).lock"))
    }

    func testSettlingRecordsTheExitOnce() throws {
        let store = ContainerStore(layout: layout)
        let id = try storeOrphan(autoRemove: false)
        ExitRecord.write(9, runDir: store.runDir(id))
        ContainerOrphans(layout: layout).settle(id)
        let state = try store.loadRecorded(id).state
        XCTAssertEqual(state.status, .exited)
        XCTAssertEqual(state.exitCode, 9)
        XCTAssertNotNil(state.finishedAt)
        XCTAssertFalse(FileSystem.exists(store.runDir(id)), "the run's leftovers went with it")
    }
}
