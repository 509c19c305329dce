import XCTest
import HullLinux
@testable import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// /sys/fs/cgroup inside a container, per host layout.
final class CgroupMountsTests: XCTestCase {
    func testUnifiedIsOneReadOnlyCgroup2() {
        let layout = CgroupLayout(mode: .unified, unifiedMountPoint: "/sys/fs/cgroup", v1MountPoints: [:])
        let steps = CgroupMounts.steps(layout: layout, privileged: false)
        XCTAssertEqual(steps.count, 1)
        XCTAssertEqual(steps[0].fstype, "cgroup2")
        XCTAssertEqual(steps[0].target, "/sys/fs/cgroup")
        XCTAssertNotEqual(steps[0].flags & UInt(MS_RDONLY), 0)
        XCTAssertEqual(CgroupMounts.steps(layout: layout, privileged: true)[0].flags & UInt(MS_RDONLY), 0)
    }

    func testHybridMountsEachHierarchyWithLinksForCoMountedOnes() {
        let layout = CgroupLayout(mode: .hybrid, unifiedMountPoint: "/sys/fs/cgroup/unified", v1MountPoints: [
            .cpu: "/sys/fs/cgroup/cpu,cpuacct", .cpuacct: "/sys/fs/cgroup/cpu,cpuacct",
            .memory: "/sys/fs/cgroup/memory", .systemd: "/sys/fs/cgroup/systemd",
        ])
        let steps = CgroupMounts.steps(layout: layout, privileged: false)
        let described = steps.map { s -> String in
            switch s.kind {
            case .symlink: return "link \(s.target) -> \(s.source ?? "")"
            default: return "\(s.fstype ?? "remount") \(s.target) \(s.data ?? "")"
            }
        }
        XCTAssertEqual(described, [
            "tmpfs /sys/fs/cgroup mode=755",
            "cgroup /sys/fs/cgroup/cpu,cpuacct cpu,cpuacct",
            "link /sys/fs/cgroup/cpu -> cpu,cpuacct",
            "link /sys/fs/cgroup/cpuacct -> cpu,cpuacct",
            "cgroup /sys/fs/cgroup/memory memory",
            "cgroup /sys/fs/cgroup/systemd none,name=systemd",
            "cgroup2 /sys/fs/cgroup/unified ",
            "remount /sys/fs/cgroup ",
        ])
        // Read-only hierarchies and a read-only tmpfs; --privileged writes.
        XCTAssertTrue(steps.filter { $0.fstype == "cgroup" || $0.fstype == "cgroup2" }.allSatisfy { $0.flags & UInt(MS_RDONLY) != 0 })
        let privileged = CgroupMounts.steps(layout: layout, privileged: true)
        XCTAssertTrue(privileged.allSatisfy { $0.flags & UInt(MS_RDONLY) == 0 })
        XCTAssertFalse(privileged.contains { $0.flags & UInt(MS_REMOUNT) != 0 })
    }
}
