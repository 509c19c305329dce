/// Finds the host's cgroup layout from /proc/self/mountinfo and this
/// process's cgroups from /proc/self/cgroup. Both texts can be passed in,
/// so tests use recorded samples.
public enum CgroupDetector {
    public static func detect() throws -> CgroupLayout {
        let mountinfo = try FileSystem.readFile("/proc/self/mountinfo")
        let cgroup = (try? FileSystem.readFile("/proc/self/cgroup")) ?? []
        return try detect(mountinfo: String(decoding: mountinfo, as: UTF8.self),
                          procSelfCgroup: String(decoding: cgroup, as: UTF8.self))
    }

    /// Legacy when v1 controllers are mounted and no cgroup2, hybrid when
    /// both are, unified when only cgroup2 is (a lone v1 named hierarchy such
    /// as name=systemd next to cgroup2 is still unified).
    public static func detect(mountinfo: String, procSelfCgroup: String = "") throws(CgroupError) -> CgroupLayout {
        var v1: [CgroupController: String] = [:]
        var v1FromRoot: Set<CgroupController> = []
        var unifiedCandidates: [(mountPoint: String, root: String)] = []
        var roots: [String: String] = [:]
        // By bytes: every start reads this, and Character-wise splitting
        // (grapheme breaking) is several times slower.
        for line in mountinfo.utf8.split(separator: UInt8(ascii: "\n")) {
            guard let mount = MountinfoLine(line) else { continue }
            switch mount.fsType {
            case "cgroup2":
                unifiedCandidates.append((mount.mountPoint, mount.root))
            case "cgroup":
                for option in mount.superOptions.utf8.split(separator: UInt8(ascii: ",")) {
                    let name = String(decoding: option, as: UTF8.self)
                    guard CgroupController.v1Names.contains(name) || name.hasPrefix("name=") else { continue }
                    let controller = CgroupController(name)
                    // The same hierarchy may be mounted twice; prefer a mount of its real root.
                    if v1[controller] == nil || (mount.root == "/" && !v1FromRoot.contains(controller)) {
                        v1[controller] = mount.mountPoint
                        roots[mount.mountPoint] = mount.root
                        if mount.root == "/" { v1FromRoot.insert(controller) }
                    }
                }
            default:
                continue
            }
        }
        let unified = preferredUnified(unifiedCandidates)
        if let unified { roots[unified.mountPoint] = unified.root }
        let hasV1Controllers = v1.keys.contains { !$0.isNamedHierarchy }
        let mode: CgroupMode
        switch (hasV1Controllers, unified != nil) {
        case (true, true): mode = .hybrid
        case (true, false): mode = .legacy
        case (false, true): mode = .unified
        case (false, false): throw .notMounted
        }
        return CgroupLayout(mode: mode, unifiedMountPoint: unified?.mountPoint,
                            v1MountPoints: mode == .unified ? [:] : v1,
                            mountRoots: roots, current: membership(procSelfCgroup))
    }

    private static func preferredUnified(_ candidates: [(mountPoint: String, root: String)]) -> (mountPoint: String, root: String)? {
        for wanted in ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"] {
            if let hit = candidates.first(where: { $0.mountPoint == wanted && $0.root == "/" }) { return hit }
        }
        return candidates.first(where: { $0.root == "/" }) ?? candidates.first
    }

    /// Parses /proc/PID/cgroup: "ID:controllers:path" per line; v2 is "0::path".
    public static func membership(_ text: String) -> CgroupMembership {
        var result = CgroupMembership()
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: ":"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let path = String(decoding: fields[2], as: UTF8.self)
            if fields[0].elementsEqual("0".utf8) && fields[1].isEmpty {
                result.unified = path
                continue
            }
            for name in fields[1].split(separator: UInt8(ascii: ",")) {
                result.v1[CgroupController(String(decoding: name, as: UTF8.self))] = path
            }
        }
        return result
    }
}

/// One line of /proc/PID/mountinfo (proc(5)):
/// "36 35 98:0 /root /mnt opts [optional...] - fstype source superopts".
struct MountinfoLine {
    let root: String
    let mountPoint: String
    let fsType: String
    let superOptions: String

    init?(_ line: Substring.UTF8View) {
        let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        // Optional fields (field 7 onwards) end at a lone "-".
        guard let dash = fields.firstIndex(where: { $0.count == 1 && $0.first == UInt8(ascii: "-") }),
              dash >= 6, dash + 1 < fields.count else { return nil }
        root = Self.unescape(fields[3])
        mountPoint = Self.unescape(fields[4])
        fsType = String(decoding: fields[dash + 1], as: UTF8.self)
        superOptions = dash + 3 < fields.count ? String(decoding: fields[dash + 3], as: UTF8.self) : ""
    }

    /// The kernel writes space, tab, newline and backslash in paths as
    /// octal escapes ("\040").
    static func unescape(_ field: Substring.UTF8View) -> String {
        guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
        var bytes: [UInt8] = []
        let utf8 = Array(field)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "\\"), i + 3 < utf8.count,
               let value = UInt8(String(decoding: utf8[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                bytes.append(value)
                i += 4
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
