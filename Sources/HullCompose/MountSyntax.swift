#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine

/// `volumes:` entries of a service: short `[SOURCE:]TARGET[:MODE]` or the
/// long mapping (`type: volume|bind|tmpfs`).
enum MountSyntax {
    static func parse(_ node: ComposeNode, reader: NodeReader, path: String, projectDir: String) throws(HullError) -> ComposeMount {
        if case .mapping = node {
            let m = try reader.map(node, path, allowed: ["type", "source", "target", "read_only", "bind", "volume", "tmpfs", "consistency", "image"])
            guard let t = m["type"] else { throw reader.fail(path, "type is required") }
            let typeText = try reader.string(t, join(path, "type"))
            guard let kind = ComposeMount.Kind(rawValue: typeText) else { throw reader.fail(join(path, "type"), "invalid mount type \"\(typeText)\"") }
            guard let target = m["target"] else { throw reader.fail(path, "target is required") }
            var mount = ComposeMount(kind: kind, source: try reader.optionalString(m["source"], join(path, "source")),
                                     target: try reader.string(target, join(path, "target")))
            if let ro = m["read_only"] { mount.readOnly = try reader.bool(ro, join(path, "read_only")) }
            if let v = m["volume"], v != .null {
                let vm = try reader.map(v, join(path, "volume"), allowed: ["nocopy", "subpath"])
                if let n = vm["nocopy"] { mount.noCopy = try reader.bool(n, join(join(path, "volume"), "nocopy")) }
            }
            if let b = m["bind"], b != .null {
                let bm = try reader.map(b, join(path, "bind"), allowed: ["propagation", "create_host_path", "selinux"])
                if let c = bm["create_host_path"] { mount.createHostPath = try reader.bool(c, join(join(path, "bind"), "create_host_path")) }
            }
            if kind == .bind {
                guard let src = mount.source else { throw reader.fail(path, "a bind mount needs a source") }
                mount.source = absolute(src, projectDir)
            }
            return mount
        }
        let text = try reader.string(node, path)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), !parts.contains(where: \.isEmpty) else { throw reader.fail(path, "invalid volume \"\(text)\"") }
        if parts.count == 1 {
            guard parts[0].hasPrefix("/") else { throw reader.fail(path, "invalid volume \"\(text)\": the target must be an absolute path") }
            return ComposeMount(kind: .volume, source: nil, target: parts[0])
        }
        guard parts[1].hasPrefix("/") else { throw reader.fail(path, "invalid volume \"\(text)\": the target must be an absolute path") }
        let source = parts[0]
        let isPath = source.hasPrefix("/") || source.hasPrefix(".") || source.hasPrefix("~")
        var mount = ComposeMount(kind: isPath ? .bind : .volume, source: isPath ? absolute(source, projectDir) : source, target: parts[1])
        if parts.count == 3 {
            for option in parts[2].split(separator: ",") {
                switch option {
                case "ro": mount.readOnly = true
                case "rw": mount.readOnly = false
                case "nocopy": mount.noCopy = true
                case "z", "Z", "cached", "delegated", "consistent", "rprivate", "private", "rshared", "shared", "rslave", "slave": continue
                default: throw reader.fail(path, "invalid volume \"\(text)\": unknown mode \"\(option)\"")
                }
            }
        }
        return mount
    }

    static func absolute(_ source: String, _ projectDir: String) -> String {
        if source.hasPrefix("/") { return source }
        if source.hasPrefix("~") { return (ProcessEnvironment.home ?? "") + source.dropFirst() }
        var parts = projectDir.split(separator: "/").map(String.init)
        for part in source.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(String(part))
        }
        return "/" + parts.joined(separator: "/")
    }
}

enum ProcessEnvironment {
    static var home: String? { ProcessInfo.processInfo.environment["HOME"] }
}
