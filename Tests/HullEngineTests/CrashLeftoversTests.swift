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

/// What crashed hulls leave under tmp/ is recognised by its owner's pid
/// and start time, and only a gone owner's entries are swept.
final class CrashLeftoversTests: XCTestCase {
    var layout = StoreLayout(root: "", runroot: "")

    override func setUpWithError() throws {
        layout = try TempStore.make("leftovers")
    }

    override func tearDown() {
        TempStore.remove(layout)
    }

    func testEntryNamesCarryPidAndStartTime() {
        XCTAssertEqual(TempOwner.tag, "\(getpid()).\(ProcessTable.startTime(of: getpid())!)")
        XCTAssertTrue(layout.tempPath("commit", "abc.tar").hasSuffix("/tmp/commit-\(TempOwner.tag)-abc.tar"))
        let o = TempOwner.owner(of: "layer-123.456-ffee")
        XCTAssertEqual(o?.pid, 123)
        XCTAssertEqual(o?.startTime, 456)
        // Names from before start times were recorded: the pid alone.
        XCTAssertEqual(TempOwner.owner(of: "rm-77-" + String(repeating: "a", count: 64))?.pid, 77)
        XCTAssertNil(TempOwner.owner(of: "rm-77-x")?.startTime)
        for other in ["notes.txt", "x-y-z", "layer--1", "layer-0-x", "layer-12.x-y"] {
            XCTAssertNil(TempOwner.owner(of: other), other)
        }
    }

    func testSweepRemovesOnlyEntriesWhoseOwnerIsGone() throws {
        let start = ProcessTable.startTime(of: getpid())!
        let mine = layout.tempPath("layer", "live")
        let reused = layout.tmpDir + "/layer-\(getpid()).\(start + 1)-reused"  // same pid, another process
        let dead = layout.tmpDir + "/commit-2147483646.5-dead.tar"
        let legacyDead = layout.tmpDir + "/ctr-2147483646-legacy"
        let foreign = layout.tmpDir + "/not-ours"
        for dir in [mine, reused, legacyDead] { try FileSystem.makeDirectories(dir + "/sub") }
        try AtomicFile.write(Array("x".utf8), to: reused + "/sub/file")
        try AtomicFile.write(Array("tar".utf8), to: dead)
        try AtomicFile.write(Array("?".utf8), to: foreign)

        XCTAssertEqual(layout.sweepTmp(), 3)
        XCTAssertEqual(try FileSystem.list(layout.tmpDir).sorted(), ["layer-\(TempOwner.tag)-live", "not-ours"].sorted())
        XCTAssertEqual(layout.sweepTmp(), 0, "nothing left to sweep")
    }

    func testHalfImagesAreSweptAndWholeOnesKept() throws {
        let whole = layout.imageDir(String(repeating: "a", count: 64))
        let half = layout.imageDir(String(repeating: "b", count: 64))
        try FileSystem.makeDirectories(whole)
        try AtomicFile.write(Array("{}".utf8), to: whole + "/image.json")
        // A record write cut short by a kill, and one in progress.
        try AtomicFile.write(Array("{".utf8), to: whole + "/image.json.tmp-2147483646.5-1")
        try AtomicFile.write(Array("{".utf8), to: whole + "/image.json.tmp-\(TempOwner.tag)-2")
        try FileSystem.makeDirectories(half)
        try AtomicFile.write(Array("{}".utf8), to: half + "/config.json")
        layout.sweepHalfImages()
        XCTAssertEqual(try FileSystem.list(whole).sorted(), ["image.json", "image.json.tmp-\(TempOwner.tag)-2"])
        XCTAssertFalse(FileSystem.exists(half))
        XCTAssertEqual(try FileSystem.list(layout.tmpDir), [])
    }
}

/// The host-wide book of a bridge shared by stores.
final class HostBridgeBookTests: XCTestCase {
    var base = ""

    override func setUpWithError() throws {
        var template = Array("/tmp/hull-bridgebook-test.XXXXXX".utf8CString)
        base = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    override func tearDown() {
        try? FileSystem.removeTree(base)
    }

    func record(_ name: String, bridge: String, subnet: String = "10.89.0.0/16", isInternal: Bool = false) -> NetworkRecord {
        let s = IPv4Subnet(subnet)!
        return NetworkRecord(name: name, id: Identifier.random(), driver: "bridge", networkInterface: bridge, created: Date(),
                             subnets: [.init(subnet: s, gateway: s.firstHost)], ipv6Enabled: false, internal: isInternal,
                             dnsEnabled: false, labels: nil, ipamOptions: nil)
    }

    /// A store under `base` with one network on `bridge`.
    func store(_ name: String, network: NetworkRecord) throws -> NetworkStore {
        let s = NetworkStore(layout: StoreLayout(root: base + "/" + name, runroot: base + "/" + name + "-run"))
        try FileSystem.makeDirectories(s.dir)
        try s.save(network)
        return s
    }

    func lease(_ id: String, _ ip: String, holder: Int32 = getpid()) -> Lease {
        Lease(containerID: id, name: id, hostname: id, aliases: [], ip: IPv4Address(ip)!, interface: "eth0",
              hostInterface: "veth" + id, ports: [], holderPid: holder, holderStartTime: ProcessTable.startTime(of: holder))
    }

    func testStaleMembersAndLeasesAreDropped() throws {
        let n = record("hull", bridge: "hbtunit0")
        let a = try store("a", network: n)
        let b = try store("b", network: n)
        try a.saveLeases("hull", [lease("c1", "10.89.0.2")])
        try b.saveLeases("hull", [lease("c2", "10.89.0.3"), lease("dead", "10.89.0.4", holder: 2147483646)])
        var book = HostBridgeBook(for: n)
        book.join(a.layout.root, "hull")
        book.join(b.layout.root, "hull")
        book.join(base + "/gone", "hull")  // a store deleted with rm -rf
        book.leases = [.init(root: a.layout.root, network: "hull", containerID: "c1", ip: IPv4Address("10.89.0.2")!),
                       .init(root: b.layout.root, network: "hull", containerID: "c2", ip: IPv4Address("10.89.0.3")!),
                       .init(root: b.layout.root, network: "hull", containerID: "dead", ip: IPv4Address("10.89.0.4")!),
                       .init(root: base + "/gone", network: "hull", containerID: "c9", ip: IPv4Address("10.89.0.9")!)]
        book.dropStale(bridge: "hbtunit0")
        XCTAssertEqual(book.members.map(\.root), [a.layout.root, b.layout.root])
        XCTAssertEqual(book.leases.map(\.containerID), ["c1", "c2"])
        XCTAssertTrue(book.hasOtherMembers(than: a.layout.root, "hull"))

        // A member whose network now names another bridge is no member.
        try b.save(record("hull", bridge: "hbtunit9"))
        book.dropStale(bridge: "hbtunit0")
        XCTAssertFalse(book.hasOtherMembers(than: a.layout.root, "hull"))
    }

    func testAgreementCoversSubnetGatewayAndInternal() {
        let n = record("hull", bridge: "hbtunit0")
        let book = HostBridgeBook(for: n)
        XCTAssertTrue(book.agrees(with: n))
        XCTAssertFalse(book.agrees(with: record("hull", bridge: "hbtunit0", subnet: "10.90.0.0/16")))
        XCTAssertFalse(book.agrees(with: record("hull", bridge: "hbtunit0", isInternal: true)))
    }
}
