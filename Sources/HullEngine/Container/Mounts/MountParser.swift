import HullLinux

/// Parses `-v/--volume`, `--mount` and `--tmpfs` as Podman does. Pure:
/// no file is looked at (`MountPlanner` checks sources and makes volumes).
public enum MountParser {
    static let propagations: Set<String> = ["private", "rprivate", "shared", "rshared", "slave", "rslave",
                                            "unbindable", "runbindable"]

    /// `-v [SOURCE:]DESTINATION[:OPTIONS]`: SOURCE is a host path when it
    /// starts with / or . (relative to `cwd`), else a volume name; no SOURCE
    /// makes an anonymous volume.
    public static func volume(_ text: String, cwd: String) throws(HullError) -> MountSpec {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count) else {
            throw HullError(.failure, "incorrect volume format \"\(text)\", should be [host-dir:]ctr-dir[:option]")
        }
        if parts.count == 1 {
            try checkDestination(parts[0])
            var m = MountSpec(type: .volume, destination: clean(parts[0]))
            m.anonymous = true
            return m
        }
        let source = parts[0], destination = parts[1]
        guard !source.isEmpty else { throw HullError(.failure, "invalid volume \"\(text)\": host directory cannot be empty") }
        try checkDestination(destination)
        var m: MountSpec
        if source.hasPrefix("/") || source.hasPrefix(".") {
            m = MountSpec(type: .bind, source: clean(source.hasPrefix("/") ? source : cwd + "/" + source),
                          destination: clean(destination))
        } else {
            try checkVolumeName(source)
            m = MountSpec(type: .volume, source: source, destination: clean(destination))
        }
        if parts.count == 3 { try applyVolumeOptions(parts[2].split(separator: ",").map(String.init), to: &m, text: text) }
        return m
    }

    static func applyVolumeOptions(_ options: [String], to m: inout MountSpec, text: String) throws(HullError) {
        var seen = Set<String>()
        func once(_ group: String) throws(HullError) {
            guard seen.insert(group).inserted else {
                throw HullError(.failure, "invalid options \"\(options.joined(separator: ","))\" in \"\(text)\": can only specify 1 \(group) option")
            }
        }
        for o in options {
            switch o {
            case "ro", "rw": try once("'rw' or 'ro'"); m.readOnly = o == "ro"
            // No SELinux on these hosts: relabelling has nothing to do.
            case "z", "Z": try once("'z' or 'Z'")
            case "exec", "noexec": try once("'exec' or 'noexec'"); m.exec = o == "exec"
            case "suid", "nosuid": try once("'suid' or 'nosuid'"); m.suid = o == "suid"
            case "dev", "nodev": try once("'dev' or 'nodev'"); m.dev = o == "dev"
            case "bind", "rbind": try once("'bind' or 'rbind'"); m.nonRecursive = o == "bind" ? true : nil
            case "copy", "nocopy": try once("'copy' or 'nocopy'"); m.noCopy = o == "nocopy" ? true : nil
            case _ where propagations.contains(o): try once("propagation"); m.propagation = o
            default:
                throw HullError(.failure, "invalid option \"\(o)\" in volume \"\(text)\": supported are ro, rw, z, Z, [r]private, [r]shared, [r]slave, [r]unbindable, [no]exec, [no]suid, [no]dev, [r]bind, [no]copy")
            }
        }
        if m.type == .volume, m.propagation != nil || m.nonRecursive != nil {
            throw HullError(.failure, "invalid volume \"\(text)\": propagation and bind options apply to bind mounts only")
        }
    }

    /// `--mount type=bind|volume|tmpfs,source=...,destination=...,...`
    public static func mount(_ text: String, cwd: String) throws(HullError) -> MountSpec {
        var fields: [(String, String?)] = []
        for item in text.split(separator: ",") {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            fields.append((kv[0].trimmed.lowercased(), kv.count > 1 ? kv[1] : nil))
        }
        guard let type = fields.first(where: { $0.0 == "type" })?.1 else {
            throw HullError(.failure, "invalid --mount \"\(text)\": type must be given (bind, volume or tmpfs)")
        }
        guard let kind = MountSpec.Kind(rawValue: type) else {
            throw HullError(.failure, "invalid --mount \"\(text)\": unknown type \"\(type)\" (bind, volume or tmpfs)")
        }
        var m = MountSpec(type: kind, destination: "")
        var source: String?, destination: String?
        func bad(_ why: String) -> HullError { HullError(.failure, "invalid --mount \"\(text)\": \(why)") }
        func value(_ key: String, _ v: String?) throws(HullError) -> String {
            guard let v, !v.isEmpty else { throw bad("\(key) needs a value") }
            return v
        }
        func flag(_ key: String, _ v: String?) throws(HullError) -> Bool {
            switch v?.lowercased() {
            case nil, "true", "1": return true
            case "false", "0": return false
            default: throw bad("\(key) must be true or false")
            }
        }
        for (key, v) in fields {
            switch (key, kind) {
            case ("type", _): continue
            case ("source", .bind), ("src", .bind), ("source", .volume), ("src", .volume): source = try value(key, v)
            case ("destination", _), ("dst", _), ("target", _): destination = try value(key, v)
            case ("ro", _), ("readonly", _): m.readOnly = try flag(key, v)
            case ("rw", _): m.readOnly = !(try flag(key, v))
            case ("relabel", .bind), ("relabel", .volume), ("consistency", _), ("z", _), ("Z", _): continue
            case ("bind-propagation", .bind):
                let p = try value(key, v)
                guard propagations.contains(p) else { throw bad("unknown bind-propagation \"\(p)\"") }
                m.propagation = p
            case ("bind-nonrecursive", .bind): m.nonRecursive = try flag(key, v) ? true : nil
            case ("volume-nocopy", .volume): m.noCopy = try flag(key, v) ? true : nil
            case ("volume-opt", .volume):
                let opt = try value(key, v)
                var probe = VolumeRecord(name: "probe")
                try probe.apply(option: opt)
                m.volumeOptions = (m.volumeOptions ?? []) + [opt]
            case ("volume-label", .volume): m.volumeLabels = (m.volumeLabels ?? []) + [try value(key, v)]
            case ("volume-driver", .volume):
                guard try value(key, v) == "local" else { throw bad("volume driver \"\(v ?? "")\" is not known: hull has the local driver only") }
            case ("tmpfs-size", .tmpfs):
                let size = try value(key, v)
                guard let bytes = try? CgroupLimits.parseSize(size), bytes > 0 else { throw bad("invalid tmpfs-size \"\(size)\"") }
                m.tmpfsOptions = (m.tmpfsOptions ?? []) + ["size=\(bytes)"]
            case ("tmpfs-mode", .tmpfs):
                let mode = try value(key, v)
                guard UInt32(mode, radix: 8) != nil else { throw bad("invalid tmpfs-mode \"\(mode)\": expected octal") }
                m.tmpfsOptions = (m.tmpfsOptions ?? []) + ["mode=" + mode]
            case ("exec", .tmpfs), ("noexec", .tmpfs): m.exec = key == "exec"
            case ("suid", .tmpfs), ("nosuid", .tmpfs): m.suid = key == "suid"
            case ("dev", .tmpfs), ("nodev", .tmpfs): m.dev = key == "dev"
            default:
                throw bad("unknown option \"\(key)\" for type=\(type)")
            }
        }
        guard let destination else { throw bad("destination must be given") }
        try checkDestination(destination)
        m.destination = clean(destination)
        switch kind {
        case .bind:
            guard let source else { throw bad("source must be given for a bind mount") }
            m.source = clean(source.hasPrefix("/") ? source : cwd + "/" + source)
        case .volume:
            if let source {
                try checkVolumeName(source)
                m.source = source
            } else {
                m.anonymous = true
            }
        case .tmpfs: break
        }
        return m
    }

    /// `--tmpfs PATH[:OPTIONS]`: OPTIONS are mount(8) words (ro, exec,
    /// size=64m, mode=1777, ...). Docker's defaults are rw,noexec,nosuid,nodev.
    public static func tmpfs(_ text: String) throws(HullError) -> MountSpec {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let path = parts.first else { throw HullError(.failure, "invalid tmpfs mount \"\(text)\": the path is empty") }
        guard path.hasPrefix("/") else {
            throw HullError(.failure, "invalid tmpfs mount \"\(text)\": the path must be absolute")
        }
        var m = MountSpec(type: .tmpfs, destination: clean(path))
        var data: [String] = []
        for opt in parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : [] {
            switch opt {
            case "ro", "rw": m.readOnly = opt == "ro"
            case "exec", "noexec": m.exec = opt == "exec"
            case "suid", "nosuid": m.suid = opt == "suid"
            case "dev", "nodev": m.dev = opt == "dev"
            default: data.append(opt)
            }
        }
        m.tmpfsOptions = data.isEmpty ? nil : data
        return m
    }

    static func checkDestination(_ path: String) throws(HullError) {
        guard path.hasPrefix("/") else {
            throw HullError(.failure, "invalid container path \"\(path)\", must be an absolute path")
        }
    }

    /// Volume names follow container names: [a-zA-Z0-9][a-zA-Z0-9_.-]*.
    public static func checkVolumeName(_ name: String) throws(HullError) {
        let b = Array(name.utf8)
        func ok(_ c: UInt8, first: Bool) -> Bool {
            (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
                || (!first && (c == 95 || c == 46 || c == 45))
        }
        guard let f = b.first, ok(f, first: true), b.dropFirst().allSatisfy({ ok($0, first: false) }) else {
            throw HullError(.failure, "volume name \"\(name)\" is invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*")
        }
    }

    /// `/a//b/./c/` -> `/a/b/c`; `..` is resolved lexically (never above /).
    public static func clean(_ path: String) -> String {
        var out: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = out.popLast(); continue }
            out.append(part)
        }
        return "/" + out.joined(separator: "/")
    }
}
