import XCTest
@testable import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

final class MountParserTests: XCTestCase {
    func testVolumeForms() throws {
        var m = try MountParser.volume("/data", cwd: "/w")
        XCTAssertEqual(m.type, .volume)
        XCTAssertEqual(m.source, "")
        XCTAssertEqual(m.anonymous, true)
        XCTAssertEqual(m.destination, "/data")

        m = try MountParser.volume("data:/var/lib/app", cwd: "/w")
        XCTAssertEqual(m.type, .volume)
        XCTAssertEqual(m.source, "data")
        XCTAssertNil(m.anonymous)
        XCTAssertFalse(m.readOnly)

        m = try MountParser.volume("/srv/site:/usr/share/site:ro,Z,rslave", cwd: "/w")
        XCTAssertEqual(m.type, .bind)
        XCTAssertEqual(m.source, "/srv/site")
        XCTAssertTrue(m.readOnly)
        XCTAssertEqual(m.propagation, "rslave")

        m = try MountParser.volume("./sub/../x:/y//z/", cwd: "/w")
        XCTAssertEqual(m.source, "/w/x")
        XCTAssertEqual(m.destination, "/y/z")

        m = try MountParser.volume("v:/d:nocopy,noexec", cwd: "/")
        XCTAssertEqual(m.noCopy, true)
        XCTAssertEqual(m.exec, false)
    }

    func testVolumeErrors() {
        for bad in ["a:b:c:d", ":/x", "data:relative", "relative", "/x:/y:bogus", "/x:/y:ro,rw",
                    "/x:/y:shared,slave", "bad name:/x", "v:/x:rshared", ""] {
            XCTAssertThrowsError(try MountParser.volume(bad, cwd: "/"), bad) { error in
                XCTAssertEqual((error as? HullError)?.code, .failure, bad)
            }
        }
    }

    func testMountForms() throws {
        var m = try MountParser.mount("type=bind,src=/x,dst=/y,ro,bind-propagation=rshared", cwd: "/")
        XCTAssertEqual(m.type, .bind)
        XCTAssertEqual(m.source, "/x")
        XCTAssertEqual(m.destination, "/y")
        XCTAssertTrue(m.readOnly)
        XCTAssertEqual(m.propagation, "rshared")

        m = try MountParser.mount("type=volume,source=data,target=/d,readonly=false,volume-nocopy", cwd: "/")
        XCTAssertEqual(m.type, .volume)
        XCTAssertEqual(m.source, "data")
        XCTAssertFalse(m.readOnly)
        XCTAssertEqual(m.noCopy, true)

        m = try MountParser.mount("type=volume,destination=/anon", cwd: "/")
        XCTAssertEqual(m.anonymous, true)

        m = try MountParser.mount("type=tmpfs,dst=/scratch,tmpfs-size=64m,tmpfs-mode=1770", cwd: "/")
        XCTAssertEqual(m.type, .tmpfs)
        XCTAssertEqual(m.tmpfsOptions, ["size=67108864", "mode=1770"])
        XCTAssertEqual(MountSteps.tmpfs(m).data, "size=67108864,mode=1770")
    }

    func testMountErrors() {
        for bad in ["src=/x,dst=/y", "type=nfs,dst=/y", "type=bind,dst=/y", "type=bind,src=/x",
                    "type=bind,src=/x,dst=/y,colour=blue", "type=tmpfs,dst=/t,tmpfs-size=lots",
                    "type=tmpfs,dst=/t,tmpfs-mode=999", "type=bind,src=/x,dst=rel", "type=bind,src=/x,dst=/y,ro=maybe",
                    "type=tmpfs,src=/x,dst=/y", "type=volume,src=/x,dst=/y,bind-propagation=shared"] {
            XCTAssertThrowsError(try MountParser.mount(bad, cwd: "/"), bad)
        }
    }

    func testTmpfsDefaultsAndOptions() throws {
        let m = try MountParser.tmpfs("/run:size=1m,exec,mode=1777")
        let step = MountSteps.tmpfs(m)
        XCTAssertEqual(step.data, "size=1m,mode=1777")
        XCTAssertEqual(step.flags & UInt(MS_NOEXEC), 0)
        XCTAssertNotEqual(step.flags & UInt(MS_NOSUID), 0)
        XCTAssertThrowsError(try MountParser.tmpfs("run"))
    }

    func testClean() {
        XCTAssertEqual(MountParser.clean("/a//b/./c/"), "/a/b/c")
        XCTAssertEqual(MountParser.clean("/../../etc"), "/etc")
        XCTAssertEqual(MountParser.clean("/"), "/")
    }

    func testVolumeFilter() throws {
        var v = VolumeRecord(name: "web-data", labels: ["tier": "db"])
        v.anonymous = false
        XCTAssertTrue(try VolumeFilter.parse(["name=web"]).matches(v, inUse: false))
        XCTAssertFalse(try VolumeFilter.parse(["name=^data"]).matches(v, inUse: false))
        XCTAssertTrue(try VolumeFilter.parse(["label=tier=db", "dangling=true"]).matches(v, inUse: false))
        XCTAssertFalse(try VolumeFilter.parse(["label=tier=db", "dangling=true"]).matches(v, inUse: true))
        XCTAssertTrue(try VolumeFilter.parse(["label=nope", "label=tier"]).matches(v, inUse: true))
        XCTAssertThrowsError(try VolumeFilter.parse(["colour=red"]))
        XCTAssertThrowsError(try VolumeFilter.parse(["dangling=maybe"]))
    }

    func testUserMountsGoBeforeGeneratedEtcFilesAndReplaceThoseTheyName() {
        let standard = [MountStep(source: "proc", target: "/proc", fstype: "proc"),
                        MountStep(source: "/run/h", target: "/etc/hosts", flags: UInt(MS_BIND), targetIsFile: true),
                        MountStep(source: "/run/n", target: "/etc/hostname", flags: UInt(MS_BIND), targetIsFile: true),
                        MountStep(source: "/dev/null", target: "/proc/kcore", flags: UInt(MS_BIND))]
        let user = [MountStep(source: "/srv/hosts", target: "/etc/hosts", flags: UInt(MS_BIND), targetIsFile: true)]
        let mounts = [MountSpec(type: .bind, source: "/srv/hosts", destination: "/etc/hosts")]
        let placed = MountSteps.placed(user, mounts: mounts, among: standard)
        XCTAssertEqual(placed.map(\.target), ["/proc", "/etc/hosts", "/etc/hostname", "/proc/kcore"])
        XCTAssertEqual(placed[1].source, "/srv/hosts")
        XCTAssertEqual(MountSteps.placed([], mounts: [], among: standard), standard)
    }

    func testVolumeDriverOptions() throws {
        var v = VolumeRecord(name: "v")
        try v.apply(option: "o=uid=1000,gid=10")
        try v.apply(option: "nocopy")
        XCTAssertEqual(v.uid, 1000)
        XCTAssertEqual(v.gid, 10)
        XCTAssertFalse(v.needsCopyUp)
        XCTAssertNil(v.device)
        XCTAssertNoThrow(try v.checkOptions())

        var b = VolumeRecord(name: "b")
        for o in ["type=none", "o=bind", "device=/srv/x"] { try b.apply(option: o) }
        XCTAssertEqual(b.device, "/srv/x")
        XCTAssertNoThrow(try b.checkOptions())

        var half = VolumeRecord(name: "h")
        try half.apply(option: "type=none")
        XCTAssertThrowsError(try half.checkOptions())
        for bad in ["type=ext4", "device=relative", "o=size", "o=noatime", "colour=red"] {
            var r = VolumeRecord(name: "r")
            XCTAssertThrowsError(try r.apply(option: bad), bad)
        }

        // type=bind says bind itself; type=tmpfs takes tmpfs's size/mode.
        var bound = VolumeRecord(name: "bb")
        for o in ["type=bind", "device=/srv/x"] { try bound.apply(option: o) }
        XCTAssertEqual(bound.device, "/srv/x")
        XCTAssertNoThrow(try bound.checkOptions())
        var t = VolumeRecord(name: "t")
        for o in ["type=tmpfs", "device=tmpfs", "o=size=1m,mode=700"] { try t.apply(option: o) }
        XCTAssertTrue(t.isTmpfs)
        XCTAssertNil(t.device)
        XCTAssertEqual(t.tmpfsOptions, ["size=1m", "mode=700"])
        XCTAssertNoThrow(try t.checkOptions())
    }
}
