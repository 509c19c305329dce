import XCTest
import HullLinux
import CHull
@testable import HullEngine

/// --userns/--uidmap resolution and the --userns=auto range allocator.
final class UserNamespaceTests: XCTestCase {
    typealias Options = UserNamespaceOptions

    func testRequests() throws {
        XCTAssertEqual(try Options().request(rootless: false), .host)
        XCTAssertEqual(try Options(mode: "host").request(rootless: false), .host)
        XCTAssertEqual(try Options(mode: "auto").request(rootless: false), .auto(size: nil))
        XCTAssertEqual(try Options(mode: "auto:size=4096").request(rootless: false), .auto(size: 4096))
        let m = IDMapping(containerID: 0, hostID: 100000, size: 65536)
        let g = IDMapping(containerID: 0, hostID: 200000, size: 65536)
        // Each map defaults to the other, as in Podman.
        XCTAssertEqual(try Options(uidMap: ["0:100000:65536"]).request(rootless: false), .explicit(uid: [m], gid: [m]))
        XCTAssertEqual(try Options(gidMap: ["0:200000:65536"]).request(rootless: false), .explicit(uid: [g], gid: [g]))
        XCTAssertEqual(try Options(uidMap: ["0:100000:65536"], gidMap: ["0:200000:65536"]).request(rootless: false),
                       .explicit(uid: [m], gid: [g]))
    }

    func testRefusals() {
        let cases: [(Options, String)] = [
            (Options(mode: "keep-id"), "keep-id is only supported in rootless mode"),
            (Options(mode: "nomap"), "nomap is only supported in rootless mode"),
            (Options(mode: "auto", uidMap: ["0:1:2"]), "--userns=auto and --uidmap/--gidmap cannot be used together"),
            (Options(mode: "auto:size=0"), "invalid --userns \"auto:size=0\": auto takes size=N (a positive number of ids)"),
            (Options(mode: "auto:uidmapping=0:1:2"), "invalid --userns \"auto:uidmapping=0:1:2\": auto takes size=N (a positive number of ids)"),
            (Options(mode: "host:x"), "invalid --userns \"host:x\": host takes no options"),
            (Options(mode: "ns:/proc/1/ns/user"), "invalid --userns \"ns:/proc/1/ns/user\": supported are host, auto[:size=N] and keep-id[:uid=N,gid=N] (rootless)"),
            (Options(uidMap: ["0:1"]), "invalid --uidmap \"0:1\": expected CONTAINER_ID:HOST_ID:LENGTH with a length above 0, e.g. 0:100000:65536"),
            (Options(uidMap: ["0:100:10", "5:500:10"]), "invalid --uidmap: container ranges 0:100:10 and 5:500:10 overlap"),
        ]
        for (options, message) in cases {
            XCTAssertThrowsError(try options.request(rootless: false)) { error in
                XCTAssertEqual((error as? HullError)?.message, message)
                XCTAssertEqual((error as? HullError)?.code, .failure)
            }
        }
        XCTAssertThrowsError(try Options(mode: "auto").request(rootless: true))
    }

    func testKeepIDRequests() throws {
        XCTAssertEqual(try Options(mode: "keep-id").request(rootless: true), .keepID(uid: nil, gid: nil))
        XCTAssertEqual(try Options(mode: "keep-id:uid=5,gid=7").request(rootless: true), .keepID(uid: 5, gid: 7))
        XCTAssertEqual(try Options(mode: "keep-id:gid=0").request(rootless: true), .keepID(uid: nil, gid: 0))
        for bad in ["keep-id:uid=4294967295", "keep-id:uid=-1", "keep-id:uid", "keep-id:size=3", "keep-id:uid=x"] {
            XCTAssertThrowsError(try Options(mode: bad).request(rootless: true)) { error in
                XCTAssertEqual((error as? HullError)?.message,
                               "invalid --userns \"\(bad)\": keep-id takes uid=N and gid=N (ids from 0 to 4294967294)")
            }
        }
        XCTAssertThrowsError(try Options(mode: "keep-id", uidMap: ["0:1:2"]).request(rootless: true))
    }

    /// Podman's GetKeepIDMapping, in the ids of the user's namespace.
    func testKeepIDMaps() {
        XCTAssertEqual(KeepIDMapping.intermediate(id: 1000, available: 65536), [
            IDMapping(containerID: 0, hostID: 1, size: 1000),
            IDMapping(containerID: 1000, hostID: 0, size: 1),
            IDMapping(containerID: 1001, hostID: 1001, size: 64536),
        ])
        // Beyond the range: the ids between are unmapped.
        XCTAssertEqual(KeepIDMapping.intermediate(id: 70000, available: 65536), [
            IDMapping(containerID: 0, hostID: 1, size: 65536),
            IDMapping(containerID: 70000, hostID: 0, size: 1),
        ])
        // keep-id:uid=0 and a user without subordinate ids: just the one id.
        XCTAssertEqual(KeepIDMapping.intermediate(id: 0, available: 65536), [
            IDMapping(containerID: 0, hostID: 0, size: 1),
            IDMapping(containerID: 1, hostID: 1, size: 65536),
        ])
        XCTAssertEqual(KeepIDMapping.intermediate(id: 1000, available: 0), [IDMapping(containerID: 1000, hostID: 0, size: 1)])
    }

    func testKeepIDComposesWithTheUsersNamespace() {
        // The user 1000 with two subordinate ranges.
        let userns = RootlessIDMaps.maps(ownID: 1000, subordinate: [SubordinateRange(start: 100000, count: 500),
                                                                     SubordinateRange(start: 300000, count: 65036)])
        XCTAssertEqual(KeepIDMapping.available(in: userns), 65536)
        let host = KeepIDMapping.compose(KeepIDMapping.intermediate(id: 1000, available: 65536), userns)
        XCTAssertEqual(host, [
            IDMapping(containerID: 0, hostID: 100000, size: 500),
            IDMapping(containerID: 500, hostID: 300000, size: 500),
            IDMapping(containerID: 1000, hostID: 1000, size: 1),
            IDMapping(containerID: 1001, hostID: 300500, size: 64536),
        ])
        XCTAssertNil(host.problem)
        XCTAssertEqual(host.hostID(of: 1000), 1000)
    }

    func testAllocatorTakesTheFirstGap() {
        let available = [SubordinateRange(start: 100000, count: 10000), SubordinateRange(start: 500000, count: 65536)]
        func used(_ list: [(UInt32, UInt32)]) -> [IDMapping] { list.map { IDMapping(containerID: 0, hostID: $0.0, size: $0.1) } }
        XCTAssertEqual(IDRangeAllocator(available: available, used: []).allocate(size: 1024), 100000)
        XCTAssertEqual(IDRangeAllocator(available: available, used: used([(100000, 1024)])).allocate(size: 1024), 101024)
        // A gap between two used blocks is reused when it is big enough.
        XCTAssertEqual(IDRangeAllocator(available: available, used: used([(101024, 1024), (100000, 1000)])).allocate(size: 24), 101000)
        XCTAssertEqual(IDRangeAllocator(available: available, used: used([(101024, 1024), (100000, 1000)])).allocate(size: 25), 102048)
        // Too big for the first range: the second one.
        XCTAssertEqual(IDRangeAllocator(available: available, used: used([(100000, 5000)])).allocate(size: 6000), 500000)
        // Used ranges outside the subordinate ranges (explicit --uidmap) and overlapping ones.
        XCTAssertEqual(IDRangeAllocator(available: available, used: used([(0, 200000), (150000, 10)])).allocate(size: 10), 500000)
        XCTAssertNil(IDRangeAllocator(available: available, used: []).allocate(size: 65537))
        XCTAssertNil(IDRangeAllocator(available: [], used: []).allocate(size: 1))
        // A range ending at 2^32.
        let top = [SubordinateRange(start: 4294967295 - 99, count: 100)]
        XCTAssertEqual(IDRangeAllocator(available: top, used: []).allocate(size: 100), 4294967196)
        XCTAssertNil(IDRangeAllocator(available: top, used: used([(4294967196, 1)])).allocate(size: 100))
    }

    func testSizeEstimate() {
        let passwd = "root:x:0:0::/root:/bin/sh\napp:x:1000:2000::/app:/bin/sh\nnobody:x:65534:65534::/:/bin/false\n"
        let group = "root:x:0:\nstaff:x:3000:\nnogroup:x:65534:\n"
        XCTAssertEqual(IDRangeAllocator.estimateSize(passwd: passwd, group: group), 3001)
        XCTAssertEqual(IDRangeAllocator.estimateSize(passwd: "root:x:0:0::/:/bin/sh\n", group: nil), 1024)
        XCTAssertEqual(IDRangeAllocator.estimateSize(passwd: nil, group: nil), 1024)
    }
}

/// The rootless user namespace: maps from /etc/subuid, and what is refused.
final class RootlessUserNamespaceTests: XCTestCase {
    func testMapsFollowTheOwnID() {
        let maps = RootlessIDMaps.maps(ownID: 1000, subordinate: [SubordinateRange(start: 100000, count: 65536),
                                                                   SubordinateRange(start: 300000, count: 10)])
        XCTAssertEqual(maps.map(\.description), ["0:1000:1", "1:100000:65536", "65537:300000:10"])
        XCTAssertNil(maps.problem)
        XCTAssertTrue(RootlessIDMaps.isSingle(RootlessIDMaps.maps(ownID: 1000, subordinate: []), ownID: 1000))
        XCTAssertFalse(RootlessIDMaps.isSingle(maps, ownID: 1000))
        // No more than 2^32 - 1 ids inside.
        let huge = RootlessIDMaps.maps(ownID: 5, subordinate: [SubordinateRange(start: 1, count: 4294967295)])
        XCTAssertEqual(huge.last?.size, 4294967294)
    }

    func testDecisions() throws {
        let r = [SubordinateRange(start: 100000, count: 65536)]
        func make(_ u: [SubordinateRange], _ g: [SubordinateRange], helpers: Bool = true) throws -> RootlessUserNamespace {
            try RootlessUserNamespace.make(user: "alice", uid: 1000, gid: 1000, subuid: u, subgid: g,
                                           uidFile: "/etc/subuid", gidFile: "/etc/subgid", helpersPresent: helpers)
        }
        let full = try make(r, r)
        XCTAssertNil(full.warning)
        XCTAssertEqual(full.uidMap.count, 2)
        let single = try make([], [], helpers: false)
        XCTAssertEqual(single.uidMap.map(\.description), ["0:1000:1"])
        XCTAssertTrue(single.warning?.hasPrefix("no subordinate ids for user alice") ?? false)
        XCTAssertThrowsError(try make(r, [])) { error in
            XCTAssertEqual((error as? HullError)?.message,
                           "user alice has subordinate ids in /etc/subuid but none in /etc/subgid: add a line such as \"alice:100000:65536\" to /etc/subgid")
        }
        XCTAssertThrowsError(try make(r, r, helpers: false)) { error in
            XCTAssertTrue((error as? HullError)?.message.contains("install the uidmap package") ?? false)
        }
    }
}

/// The constructor's guess and create's spec must name the same namespaces,
/// or every rootless run would throw its early child away unnoticed.
final class EarlyContainerChildTests: XCTestCase {
    func testConstructorClonesWithTheNamespacesCreateAsksFor() {
        XCTAssertEqual(EarlyContainerChild.cloneFlags(ownsNetwork: true), UInt(HULL_PRESTART_CLONE_FLAGS))
        XCTAssertEqual(EarlyContainerChild.cloneFlags(ownsNetwork: false) & Namespace.network, 0)
    }

    func testHostAndContainerNetworksHaveNoNamespaceOfTheirOwn() {
        func owns(_ n: [String]) -> Bool {
            var o = NetworkOptions()
            o.network = n
            return EarlyContainerChild.ownsNetworkNamespace(o)
        }
        XCTAssertTrue(owns([]))
        XCTAssertTrue(owns(["none"]))
        XCTAssertTrue(owns(["pasta"]))
        XCTAssertFalse(owns(["host"]))
        XCTAssertFalse(owns(["container:web"]))
    }
}
