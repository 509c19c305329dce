/// Turns `--user name|uid[:group|gid]` into ids, reading the image's
/// /etc/passwd and /etc/group as Docker and Podman do.
struct ResolvedUser: Equatable {
    var uid: UInt32
    var gid: UInt32
    var additionalGids: [UInt32]
    var home: String
}

struct UserResolver {
    let passwd: String?
    let group: String?

    init(files: LayeredFiles) {
        passwd = files.read("/etc/passwd").map { String(decoding: $0, as: UTF8.self) }
        group = files.read("/etc/group").map { String(decoding: $0, as: UTF8.self) }
    }

    init(passwd: String?, group: String?) {
        self.passwd = passwd
        self.group = group
    }

    func resolve(_ spec: String, groupAdd: [String] = []) throws(HullError) -> ResolvedUser {
        let parts = spec.isEmpty ? ["root"] : spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let userPart = parts[0].isEmpty ? "root" : parts[0]
        let entries = rows(passwd)
        var uid: UInt32
        var gid: UInt32 = 0
        var name: String?
        var home = "/"
        if let numeric = UInt32(userPart) {
            uid = numeric
            if let row = entries.first(where: { $0.count >= 6 && UInt32($0[2]) == numeric }) {
                name = row[0]; gid = UInt32(row[3]) ?? 0; home = row[5]
            }
        } else if let row = entries.first(where: { $0.count >= 6 && $0[0] == userPart }), let u = UInt32(row[2]) {
            uid = u; name = row[0]; gid = UInt32(row[3]) ?? 0; home = row[5]
        } else if spec.isEmpty || parts[0].isEmpty {
            // No user asked for: uid 0 even when passwd lacks root (an
            // imported rootfs), as in Podman.
            uid = 0
        } else {
            throw HullError(.failure, "unable to find user \(userPart): no matching entries in passwd file")
        }
        let groups = rows(group)
        if parts.count > 1 && !parts[1].isEmpty {
            gid = try groupID(parts[1], groups)
        }
        var extra: [UInt32] = []
        // Supplementary groups from /etc/group apply only when no group was
        // named explicitly, as in Docker.
        if let name, parts.count == 1 {
            for row in groups where row.count >= 4 {
                if row[3].split(separator: ",").contains(Substring(name)), let g = UInt32(row[2]), g != gid {
                    extra.append(g)
                }
            }
        }
        for g in groupAdd {
            let id = try groupID(g, groups)
            if !extra.contains(id) { extra.append(id) }
        }
        return ResolvedUser(uid: uid, gid: gid, additionalGids: extra, home: home)
    }

    /// Whether /etc/passwd has an entry with this name or uid.
    func hasUser(name: String, uid: UInt32) -> Bool {
        rows(passwd).contains { $0.count >= 3 && ($0[0] == name || UInt32($0[2]) == uid) }
    }

    /// Whether /etc/group has an entry with this name or gid.
    func hasGroup(name: String, gid: UInt32) -> Bool {
        rows(group).contains { $0.count >= 3 && ($0[0] == name || UInt32($0[2]) == gid) }
    }

    private func groupID(_ text: String, _ groups: [[String]]) throws(HullError) -> UInt32 {
        if let g = UInt32(text) { return g }
        if let row = groups.first(where: { $0.count >= 3 && $0[0] == text }), let g = UInt32(row[2]) { return g }
        throw HullError(.failure, "unable to find group \(text): no matching entries in group file")
    }

    private func rows(_ text: String?) -> [[String]] {
        guard let text else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
