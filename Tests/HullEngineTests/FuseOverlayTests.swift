import XCTest
import HullLinux
import CHull
#if canImport(Glibc)
import Glibc
#endif

@testable import HullEngine

final class FuseOverlayTests: XCTestCase {
    func testStorageOptionsAndConfigChooseTheMountProgram() throws {
        let none = HullConfig()
        XCTAssertNil(try OverlayStorage.requestedMountProgram(storageOptions: [], config: none))
        XCTAssertEqual(try OverlayStorage.requestedMountProgram(storageOptions: ["overlay.mount_program=/usr/bin/fuse-overlayfs"], config: none),
                       "/usr/bin/fuse-overlayfs")
        // Podman's key forms; the last one wins; "" clears what came before.
        XCTAssertEqual(try OverlayStorage.requestedMountProgram(storageOptions: ["mount_program=/a", "overlay2.mount_program=/b"], config: none), "/b")
        XCTAssertNil(try OverlayStorage.requestedMountProgram(storageOptions: ["overlay.mount_program=/a", ""], config: none))
        let config = try HullConfig.parse("[storage.options.overlay]\nmount_program = \"/usr/bin/fuse-overlayfs\"\n", source: "t")
        XCTAssertEqual(config.mountProgram, "/usr/bin/fuse-overlayfs")
        XCTAssertEqual(try OverlayStorage.requestedMountProgram(storageOptions: [], config: config), "/usr/bin/fuse-overlayfs")
        // The command line beats the file; an empty value means the kernel's overlay.
        XCTAssertNil(try OverlayStorage.requestedMountProgram(storageOptions: ["overlay.mount_program="], config: config))
        XCTAssertEqual(try HullConfig.parse("[storage.options]\nmount_program = \"/x\"\n", source: "t").mountProgram, "/x")
        XCTAssertThrowsError(try HullConfig.parse("[storage.options.overlay]\nmount_program = \"fuse-overlayfs\"\n", source: "t"))
        for bad in ["overlay.size=10G", "mount_program", "bogus=1"] {
            XCTAssertThrowsError(try OverlayStorage.requestedMountProgram(storageOptions: [bad], config: none), bad)
        }
    }

    /// The fallback decision: this machine's kernel never refuses the
    /// native rootless overlay, so the refusal is given here.
    func testNativeOverlayFirstThenFuseOverlayfsThenAClearError() throws {
        let works = OverlayStorage.NativeCheck(kernel: "6.18", supported: true)
        let refused = OverlayStorage.NativeCheck(kernel: "5.10.0", supported: false, error: "invalid argument")
        var probed = 0
        XCTAssertNil(try OverlayStorage.choose(requested: nil, rootless: true, native: { probed += 1; return works },
                                               fuseOverlayfs: "/usr/bin/fuse-overlayfs"))
        XCTAssertEqual(try OverlayStorage.choose(requested: nil, rootless: true, native: { refused }, fuseOverlayfs: "/usr/bin/fuse-overlayfs"),
                       "/usr/bin/fuse-overlayfs")
        XCTAssertThrowsError(try OverlayStorage.choose(requested: nil, rootless: true, native: { refused }, fuseOverlayfs: nil)) { error in
            let message = (error as? HullError)?.message ?? ""
            XCTAssertTrue(message.contains("install fuse-overlayfs"), message)
            XCTAssertTrue(message.contains("5.11"), message)
        }
        // Root never asks the kernel: its overlay works without a namespace.
        XCTAssertNil(try OverlayStorage.choose(requested: nil, rootless: false, native: { probed += 1; return refused }, fuseOverlayfs: nil))
        // An explicit program wins without a check, and must be runnable.
        XCTAssertEqual(try OverlayStorage.choose(requested: "/bin/sh", rootless: true, native: { probed += 1; return works }, fuseOverlayfs: nil),
                       "/bin/sh")
        XCTAssertEqual(probed, 1)
        XCTAssertThrowsError(try OverlayStorage.choose(requested: "/nonexistent/fuse-overlayfs", rootless: true, native: { works }, fuseOverlayfs: nil))
        XCTAssertThrowsError(try OverlayStorage.choose(requested: "fuse-overlayfs", rootless: true, native: { works }, fuseOverlayfs: nil))
    }

    func testTheStoreRemembersItsCheckPerKernel() throws {
        let dir = "/tmp/hull-fuse-\(getpid())"
        defer { try? FileSystem.removeTree(dir) }
        let layout = StoreLayout(root: dir, runroot: dir + "/run")
        try layout.prepare()
        let kernel = OverlayStorage.kernelRelease()
        try JSONFile.write(OverlayStorage.NativeCheck(kernel: kernel, supported: false, error: "seeded"), to: OverlayStorage.checkPath(layout))
        XCTAssertEqual(OverlayStorage.nativeCheck(layout: layout).error, "seeded")
        // Recorded on another kernel: checked again (and recorded).
        try JSONFile.write(OverlayStorage.NativeCheck(kernel: "4.19.0", supported: false, error: "seeded"), to: OverlayStorage.checkPath(layout))
        let fresh = OverlayStorage.nativeCheck(layout: layout)
        XCTAssertEqual(fresh.kernel, kernel)
        XCTAssertNotEqual(fresh.error, "seeded")
        XCTAssertEqual(try JSONFile.read(OverlayStorage.NativeCheck.self, from: OverlayStorage.checkPath(layout)), fresh)
        XCTAssertEqual((try? FileSystem.list(layout.tmpDir)) ?? [], [])
    }

    func testAFuseRootBecomesTheProgramsArguments() {
        let overlay = RootOverlay(layersDir: "/s/layers", lowerDirs: ["bbb/diff", "/abs/aaa"], upperDir: "/s/c/upper",
                                  workDir: "/s/c/work", target: "/run/c/merged", volatile: false,
                                  backend: .fuse(program: "/usr/bin/fuse-overlayfs"))
        XCTAssertNil(overlay.mountStep)
        let m = overlay.fuseMount
        XCTAssertEqual(m, FuseOverlay.Mount(program: "/usr/bin/fuse-overlayfs", lowerDirs: ["/s/layers/bbb/diff", "/abs/aaa"],
                                            upperDir: "/s/c/upper", workDir: "/s/c/work", target: "/run/c/merged"))
        guard let m else { return }
        XCTAssertEqual(FuseOverlay.arguments(m), ["fuse-overlayfs", "-f", "-o",
                                                  "lowerdir=/s/layers/bbb/diff:/abs/aaa,upperdir=/s/c/upper,workdir=/s/c/work",
                                                  "/run/c/merged"])
    }

    func testTheMountIsFoundInTheChildsMountTable() {
        let table = """
        45 44 254:0 / / rw,relatime - ext4 /dev/vda rw
        68 45 0:40 / /tmp/run/c\\040d/merged rw,nodev,noatime - fuse.fuse-overlayfs fuse-overlayfs rw,user_id=0
        69 45 0:41 / /tmp/run/other/merged rw - overlay overlay rw
        """
        XCTAssertEqual(FuseOverlay.escapeMountPoint("/tmp/run/c d/merged"), "/tmp/run/c\\040d/merged")
        XCTAssertTrue(FuseOverlay.hasFuseMount(table, at: FuseOverlay.escapeMountPoint("/tmp/run/c d/merged")))
        XCTAssertFalse(FuseOverlay.hasFuseMount(table, at: "/tmp/run/other/merged"))
        XCTAssertFalse(FuseOverlay.hasFuseMount(table, at: "/tmp/run/c"))
    }

    func testWhiteoutsInTheKernelsAndFuseOverlayfssForms() throws {
        let dir = "/tmp/hull-wh-\(getpid())"
        defer { try? FileSystem.removeTree(dir) }
        try FileSystem.makeDirectories(dir + "/d", mode: 0o755)
        func stat(_ name: String) -> Glibc.stat {
            var st = Glibc.stat()
            lstat(dir + "/" + name, &st)
            return st
        }
        close(open(dir + "/.wh.gone", O_CREAT | O_WRONLY | O_CLOEXEC, 0o644))
        close(open(dir + "/kept", O_CREAT | O_WRONLY | O_CLOEXEC, 0o644))
        close(open(dir + "/d/.wh..wh..opq", O_CREAT | O_WRONLY | O_CLOEXEC, 0o644))
        XCTAssertEqual(OverlayWhiteout.classify(".wh.gone", stat(".wh.gone")), .deletes("gone"))
        XCTAssertEqual(OverlayWhiteout.classify("kept", stat("kept")), .file)
        XCTAssertEqual(OverlayWhiteout.classify(".wh..wh..opq", stat("d/.wh..wh..opq")), .opaqueMark)
        XCTAssertEqual(OverlayWhiteout.classify("d", stat("d")), .file)
        XCTAssertTrue(OverlayWhiteout.isOpaque(dir + "/d"))
        XCTAssertFalse(OverlayWhiteout.isOpaque(dir))
        XCTAssertTrue(OverlayWhiteout.isDeleted("/gone", in: dir))
        XCTAssertFalse(OverlayWhiteout.isDeleted("/kept", in: dir))
        // A 0/0 character device (the kernel's whiteout) needs no privilege since Linux 5.8.
        if mknod(dir + "/dev0", S_IFCHR | 0o600, 0) == 0 {
            XCTAssertEqual(OverlayWhiteout.classify("dev0", stat("dev0")), .deletes("dev0"))
            XCTAssertTrue(OverlayWhiteout.isDeleted("/dev0", in: dir))
        }
        // fuse-overlayfs's whiteout beside its marker is a mark, not a deletion.
        if mknod(dir + "/d/.wh..opq", S_IFCHR | 0o600, 0) == 0 {
            XCTAssertEqual(OverlayWhiteout.classify(".wh..opq", stat("d/.wh..opq")), .opaqueMark)
        }
        let files = LayeredFiles(directories: [dir, "/"])
        XCTAssertFalse(files.exists("/gone"))
        XCTAssertTrue(files.exists("/kept"))
    }
}

final class HelperProcessTests: XCTestCase {
    struct Record: HelperRecord {
        var pid: Int32
        var startTime: UInt64?
    }

    private func startSleep(_ dir: String) throws -> Int32 {
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { close(null) }
        return try NamespacedProcess.spawn(path: "/bin/sleep", argv: ["sleep", "30"], env: [], userNamespaceFD: -1,
                                           mountNamespaceFD: -1, outputFD: null)
    }

    /// The owner stops and reaps its helper; another process stops it by
    /// its record; a record whose start time no longer matches is left alone.
    func testOwnerAndRecordStops() throws {
        let dir = "/tmp/hull-helper-\(getpid())"
        try FileSystem.makeDirectories(dir, mode: 0o700)
        defer { try? FileSystem.removeTree(dir) }
        let helper = HelperProcess<Record>(runDir: dir, name: "sleeper")

        let owned = try startSleep(dir)
        helper.own(pid: owned)
        try helper.record(Record(pid: owned, startTime: ProcessTable.startTime(of: owned)))
        XCTAssertEqual(helper.stop()?.pid, owned)
        XCTAssertFalse(FileSystem.exists(helper.file))
        XCTAssertEqual(kill(owned, 0), -1, "reaped")

        // Recorded by an owner that is gone: stopped by pid and start time.
        let other = try startSleep(dir)
        try helper.record(Record(pid: other, startTime: ProcessTable.startTime(of: other)))
        helper.stop(patience: 2000)
        XCTAssertFalse(ProcessTable.isAlive(pid: other, startTime: nil))
        _ = hull_wait(other)

        // A reused pid (another start time) is not killed.
        let reused = try startSleep(dir)
        try helper.record(Record(pid: reused, startTime: 1))
        helper.stop(patience: 100)
        XCTAssertTrue(ProcessTable.isAlive(pid: reused, startTime: nil))
        kill(reused, SIGKILL)
        _ = hull_wait(reused)
    }
}
