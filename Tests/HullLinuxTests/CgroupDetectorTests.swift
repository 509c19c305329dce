import XCTest
@testable import HullLinux

/// CgroupDetector on recorded /proc/self/mountinfo and /proc/self/cgroup.
final class CgroupDetectorTests: XCTestCase {
    /// This build machine (a Firecracker VM, Linux 6.18): v1 controllers each
    /// mounted alone, cpu and cpuacct separately, plus cgroup2 at
    /// /sys/fs/cgroup/unified offering only hugetlb.
    static let thisHostMountinfo = """
    22 27 0:21 / /proc rw,relatime - proc proc rw
    23 27 0:22 / /sys rw,relatime - sysfs sysfs rw
    24 27 0:6 / /dev rw,relatime - devtmpfs devtmpfs rw,size=12334464k,nr_inodes=3083616,mode=755
    25 24 0:23 / /dev/shm rw,relatime - tmpfs tmpfs rw,size=24683656k
    26 24 0:24 / /dev/pts rw,relatime - devpts devpts rw,mode=600,ptmxmode=000
    27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard,resv_strict,resuid=65534,resgid=65534
    28 27 0:25 / /mnt/sandboxing/model_tools_env/v1/python ro,nosuid,nodev,relatime - tmpfs model_tools_unavailable ro,size=4k,mode=755
    29 26 0:26 / /dev/pts rw,relatime - devpts devpts rw,mode=600,ptmxmode=000
    30 25 0:27 / /dev/shm rw,relatime - tmpfs tmpfs rw,size=24683656k
    31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
    32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
    33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
    34 31 0:31 / /sys/fs/cgroup/cpuset rw,relatime - cgroup cgroup rw,cpuset
    35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
    36 31 0:33 / /sys/fs/cgroup/devices rw,relatime - cgroup cgroup rw,devices
    37 31 0:34 / /sys/fs/cgroup/freezer rw,relatime - cgroup cgroup rw,freezer
    38 31 0:35 / /sys/fs/cgroup/blkio rw,relatime - cgroup cgroup rw,blkio
    39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
    40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
    41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw

    """

    static let thisHostCgroup = """
    9:name=systemd:/
    8:pids:/
    7:blkio:/
    6:freezer:/
    5:devices:/
    4:memory:/process_api/efc7656c612b8ec14e4dcc41ca8f5736
    3:cpuset:/
    2:cpuacct:/
    1:cpu:/
    0::/

    """

    /// Debian bookworm / any systemd >= 247 default: cgroup2 only.
    static let unifiedMountinfo = """
    22 28 0:20 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw
    26 22 0:23 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot
    27 22 0:24 / /sys/fs/pstore rw,nosuid,nodev,noexec,relatime shared:10 - pstore pstore rw
    """

    /// Debian buster / Ubuntu 20.04 systemd hybrid: co-mounted cpu,cpuacct and net_cls,net_prio.
    static let hybridMountinfo = """
    25 22 0:23 / /sys/fs/cgroup ro,nosuid,nodev,noexec shared:9 - tmpfs tmpfs ro,mode=755
    26 25 0:24 / /sys/fs/cgroup/unified rw,nosuid,nodev,noexec,relatime shared:10 - cgroup2 cgroup2 rw,nsdelegate
    27 25 0:25 / /sys/fs/cgroup/systemd rw,nosuid,nodev,noexec,relatime shared:11 - cgroup cgroup rw,xattr,name=systemd
    30 25 0:28 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid,nodev,noexec,relatime shared:15 - cgroup cgroup rw,cpu,cpuacct
    31 25 0:29 / /sys/fs/cgroup/net_cls,net_prio rw,nosuid,nodev,noexec,relatime shared:16 - cgroup cgroup rw,net_cls,net_prio
    32 25 0:30 / /sys/fs/cgroup/memory rw,nosuid,nodev,noexec,relatime shared:17 - cgroup cgroup rw,memory
    33 25 0:31 / /sys/fs/cgroup/pids rw,nosuid,nodev,noexec,relatime shared:18 - cgroup cgroup rw,pids
    34 25 0:32 / /sys/fs/cgroup/freezer rw,nosuid,nodev,noexec,relatime shared:19 - cgroup cgroup rw,freezer
    35 25 0:33 / /sys/fs/cgroup/cpuset rw,nosuid,nodev,noexec,relatime shared:20 - cgroup cgroup rw,cpuset
    36 25 0:34 / /sys/fs/cgroup/blkio rw,nosuid,nodev,noexec,relatime shared:21 - cgroup cgroup rw,blkio
    37 25 0:35 / /sys/fs/cgroup/devices rw,nosuid,nodev,noexec,relatime shared:22 - cgroup cgroup rw,devices
    """

    /// CentOS 7 style v1 inside a Docker container: the hierarchies are
    /// mounted from the container's own cgroup, and no cgroup2 at all.
    static let legacyContainerMountinfo = """
    600 590 0:60 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime - tmpfs tmpfs rw,mode=755
    601 600 0:26 /docker/0123abcd /sys/fs/cgroup/systemd ro,nosuid,nodev,noexec,relatime master:9 - cgroup cgroup rw,xattr,release_agent=/usr/lib/systemd/systemd-cgroups-agent,name=systemd
    603 600 0:30 /docker/0123abcd /sys/fs/cgroup/cpu,cpuacct ro,nosuid,nodev,noexec,relatime master:15 - cgroup cgroup rw,cpuacct,cpu
    604 600 0:31 /docker/0123abcd /sys/fs/cgroup/memory ro,nosuid,nodev,noexec,relatime master:16 - cgroup cgroup rw,memory
    605 600 0:32 /docker/0123abcd /sys/fs/cgroup/pids ro,nosuid,nodev,noexec,relatime master:17 - cgroup cgroup rw,pids
    """

    func testThisHostIsHybrid() throws {
        let layout = try CgroupDetector.detect(mountinfo: Self.thisHostMountinfo, procSelfCgroup: Self.thisHostCgroup)
        XCTAssertEqual(layout.mode, .hybrid)
        XCTAssertEqual(layout.unifiedMountPoint, "/sys/fs/cgroup/unified")
        XCTAssertEqual(layout.v1MountPoints, [
            .cpu: "/sys/fs/cgroup/cpu", .cpuacct: "/sys/fs/cgroup/cpuacct", .cpuset: "/sys/fs/cgroup/cpuset",
            .memory: "/sys/fs/cgroup/memory", .devices: "/sys/fs/cgroup/devices", .freezer: "/sys/fs/cgroup/freezer",
            .blkio: "/sys/fs/cgroup/blkio", .pids: "/sys/fs/cgroup/pids", .systemd: "/sys/fs/cgroup/systemd",
        ])
        XCTAssertEqual(layout.current.unified, "/")
        XCTAssertEqual(layout.current.v1[.memory], "/process_api/efc7656c612b8ec14e4dcc41ca8f5736")
        XCTAssertEqual(layout.current.v1[.systemd], "/")
        XCTAssertEqual(layout.currentDirectory(for: .memory), "/sys/fs/cgroup/memory/process_api/efc7656c612b8ec14e4dcc41ca8f5736")
        XCTAssertEqual(layout.currentDirectory(for: .pids), "/sys/fs/cgroup/pids")
        XCTAssertEqual(layout.currentDirectory(for: nil), "/sys/fs/cgroup/unified")
        XCTAssertTrue(layout.makeManager() is CgroupHybridManager)
    }

    func testUnified() throws {
        let layout = try CgroupDetector.detect(mountinfo: Self.unifiedMountinfo,
                                               procSelfCgroup: "0::/user.slice/user-1000.slice/session-2.scope\n")
        XCTAssertEqual(layout.mode, .unified)
        XCTAssertEqual(layout.unifiedMountPoint, "/sys/fs/cgroup")
        XCTAssertEqual(layout.v1MountPoints, [:])
        XCTAssertEqual(layout.current, CgroupMembership(unified: "/user.slice/user-1000.slice/session-2.scope"))
        XCTAssertEqual(layout.currentDirectory(for: nil), "/sys/fs/cgroup/user.slice/user-1000.slice/session-2.scope")
        let manager = try layout.attachManager(path: "hull/abc")
        XCTAssertEqual(manager.path(for: .memory), "/sys/fs/cgroup/hull/abc")
    }

    func testUnifiedWithALoneNamedV1HierarchyIsStillUnified() throws {
        let text = Self.unifiedMountinfo + "\n40 26 0:40 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd\n"
        XCTAssertEqual(try CgroupDetector.detect(mountinfo: text).mode, .unified)
    }

    func testSystemdHybridWithCoMountedControllers() throws {
        let layout = try CgroupDetector.detect(mountinfo: Self.hybridMountinfo, procSelfCgroup: """
        12:pids:/user.slice/user-1000.slice/session-2.scope
        4:cpu,cpuacct:/user.slice
        1:name=systemd:/user.slice/user-1000.slice/session-2.scope
        0::/user.slice/user-1000.slice/session-2.scope
        """)
        XCTAssertEqual(layout.mode, .hybrid)
        XCTAssertEqual(layout.unifiedMountPoint, "/sys/fs/cgroup/unified")
        XCTAssertEqual(layout.v1MountPoints[.cpu], "/sys/fs/cgroup/cpu,cpuacct")
        XCTAssertEqual(layout.v1MountPoints[.cpuacct], "/sys/fs/cgroup/cpu,cpuacct")
        XCTAssertEqual(layout.v1MountPoints[.netPrio], "/sys/fs/cgroup/net_cls,net_prio")
        XCTAssertEqual(layout.v1MountPoints[.systemd], "/sys/fs/cgroup/systemd")
        XCTAssertEqual(layout.v1MountPoints.count, 11)
        XCTAssertEqual(layout.current.v1[.cpuacct], "/user.slice")
        XCTAssertEqual(layout.currentDirectory(for: .cpu), "/sys/fs/cgroup/cpu,cpuacct/user.slice")
        let manager = CgroupV1Manager(mountPoints: layout.v1MountPoints)
        XCTAssertEqual(manager.hierarchies.count, 9)  // co-mounted controllers share a directory
    }

    func testLegacyInsideAContainer() throws {
        let layout = try CgroupDetector.detect(mountinfo: Self.legacyContainerMountinfo,
                                               procSelfCgroup: "5:pids:/docker/0123abcd\n3:cpuacct,cpu:/docker/0123abcd\n")
        XCTAssertEqual(layout.mode, .legacy)
        XCTAssertNil(layout.unifiedMountPoint)
        XCTAssertEqual(layout.v1MountPoints[.cpu], "/sys/fs/cgroup/cpu,cpuacct")
        XCTAssertEqual(layout.mountRoots["/sys/fs/cgroup/pids"], "/docker/0123abcd")
        // The mount shows the container's cgroup as its root directory.
        XCTAssertEqual(layout.currentDirectory(for: .pids), "/sys/fs/cgroup/pids")
        XCTAssertTrue(layout.makeManager() is CgroupV1Manager)
    }

    func testEscapedMountPointsAndRootPreference() throws {
        let text = """
        50 1 0:50 /sub /mnt/other\\040cg rw - cgroup2 cgroup2 rw
        51 1 0:50 / /mnt/my\\040cgroup rw - cgroup2 cgroup2 rw
        """
        let layout = try CgroupDetector.detect(mountinfo: text)
        XCTAssertEqual(layout.unifiedMountPoint, "/mnt/my cgroup")
    }

    func testNoCgroupsIsAnError() {
        XCTAssertThrowsError(try CgroupDetector.detect(mountinfo: "22 27 0:21 / /proc rw,relatime - proc proc rw\n")) { error in
            XCTAssertEqual(error as? CgroupError, .notMounted)
        }
    }

    func testThisProcessMatchesTheRecordedKind() throws {
        // Whatever this machine is, detection on the live files must succeed.
        let layout = try CgroupDetector.detect()
        XCTAssertNotNil(layout.unifiedMountPoint ?? layout.v1MountPoints.values.first)
    }
}
