import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `RUN --mount=...`: what the step's container gets for the run only;
/// nothing under a mount reaches the layer.
/// - `type=bind` (the default): a context directory or file, read-only;
///   its content is part of the step's cache key.
/// - `type=cache`: a directory kept under the store between builds,
///   shared by every build that names the same `id` (default: the target).
/// - `type=tmpfs`: an empty tmpfs.
/// - `type=secret`: a file given with `hull build --secret id=ID,src=PATH`,
///   read-only at /run/secrets/ID; never part of the cache key or history.
struct RunMount {
    enum Kind: String { case bind, cache, tmpfs, secret }

    var kind: Kind
    var target: String
    /// bind: relative to the context; secret: the secret's id.
    var source: String
    var id: String?
    var mode: mode_t?
    var uid: UInt32?
    var gid: UInt32?
    var required = false
    /// `from=`: a stage or image, as written.
    var from: String?
    /// Its files and id, once the stage or image is found.
    var fromTree: LayeredTree?
    var fromID: String?

    struct Failure: Error { let message: String }

    static func parse(_ text: String, workdir: String) throws(Failure) -> RunMount {
        var fields: [String: String] = [:]
        for part in text.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            fields[kv[0].lowercased()] = kv.count > 1 ? kv[1] : "true"
        }
        guard let kind = Kind(rawValue: fields["type"] ?? "bind") else {
            throw Failure(message: "unsupported mount type \"\(fields["type"] ?? "")\": hull supports bind, cache, tmpfs and secret")
        }
        if fields["from"] != nil && kind != .bind { throw Failure(message: "--mount from= is for type=bind only") }
        if kind == .bind, ["rw", "readwrite"].contains(where: { fields[$0] == "true" }) {
            throw Failure(message: "read-write bind mounts are not supported by hull yet: the context is mounted read-only")
        }
        let id = fields["id"]
        var target = fields["target"] ?? fields["dst"] ?? fields["destination"]
        if kind == .secret, target == nil, let id { target = "/run/secrets/" + id }
        guard let target, !target.isEmpty else { throw Failure(message: "--mount=\(text): a target is required") }
        var mount = RunMount(kind: kind, target: ContextPath.join(workdir, target),
                             source: fields["source"] ?? fields["src"] ?? (kind == .secret ? id ?? "" : "."), id: id)
        if kind == .secret && mount.source.isEmpty {
            mount.source = String(target.split(separator: "/").last ?? "")
        }
        mount.mode = fields["mode"].flatMap { mode_t($0, radix: 8) }
        mount.uid = fields["uid"].flatMap { UInt32($0) }
        mount.gid = fields["gid"].flatMap { UInt32($0) }
        mount.required = fields["required"] == "true"
        mount.from = fields["from"]
        if mount.from != nil, fields["source"] == nil, fields["src"] == nil { mount.source = "/" }
        return mount
    }

    /// The `-v`/`--tmpfs` option the container is made with, or nil for an
    /// absent secret that is not required.
    /// - scratch: a directory of the run's own, for what a `from=` shows.
    func containerOption(context: String?, secrets: [String: String], cacheRoot: String,
                         scratch: String) throws(HullError) -> (volume: String?, tmpfs: String?)? {
        switch kind {
        case .tmpfs:
            return (nil, target)
        case .bind:
            if let tree = fromTree {
                return (try materialize(tree, in: scratch) + ":" + target + ":ro", nil)
            }
            guard let context else { throw HullError(.failure, "--mount type=bind needs a build context") }
            let finder = CopySourceFinder(origin: .context(root: context, ignore: IgnoreMatcher(patterns: [])))
            let found: [FoundSource]
            do {
                found = try finder.find(source)
            } catch {
                throw HullError(.failure, "--mount source \(error.message)")
            }
            return (found[0].hostPath + ":" + target + ":ro", nil)
        case .cache:
            let dir = cacheRoot + "/" + CacheKey.make(parent: nil, parts: ["cache-mount", id ?? target])
            if !FileSystem.exists(dir) {
                do {
                    try FileSystem.makeDirectories(dir, mode: 0o755)
                } catch {
                    throw HullError(.failure, "creating the cache mount \(dir): \(error)", cause: error)
                }
                chmod(dir, mode ?? 0o755)
                chown(dir, uid ?? 0, gid ?? 0)
            }
            return (dir + ":" + target, nil)
        case .secret:
            guard let path = secrets[source] else {
                if required { throw HullError(.failure, "secret \"\(source)\" is required but was not given with --secret") }
                return nil
            }
            return (path + ":" + target + ":ro", nil)
        }
    }

    /// Another stage's or image's files at `source`, copied under `scratch`
    /// (its owners kept), for a read-only bind mount.
    private func materialize(_ tree: LayeredTree, in scratch: String) throws(HullError) -> String {
        let inside = tree.resolve(ContextPath.clean("/" + source), followLast: true)
        guard let (host, st) = tree.locate(inside) else {
            throw HullError(.failure, "--mount source \(source): no such file or directory in \(from ?? "the image")")
        }
        let dir = scratch + "/" + CacheKey.make(parent: nil, parts: [target]).prefix(16)
        let items: [CopyItem]
        do {
            items = try CopyPlanner(origin: .image(tree), owner: nil, chmod: nil)
                .plan(sources: [FoundSource(name: source, path: inside, hostPath: host, stat: st)], destination: "/",
                      destinationIsDirectory: (st.st_mode & S_IFMT) == S_IFDIR)
        } catch {
            throw HullError(.failure, "--mount source \(source): \(error.message)")
        }
        do {
            try FileSystem.makeDirectories(dir, mode: 0o755)
        } catch {
            throw HullError(.failure, "creating \(dir): \(error)", cause: error)
        }
        try TreeWriter(root: dir, keepOwners: geteuid() == 0).write(items)
        // A single file is mounted as itself.
        return (st.st_mode & S_IFMT) == S_IFDIR ? dir : dir + "/" + (inside.split(separator: "/").last.map(String.init) ?? "")
    }

    /// What of the mount the step's cache key covers: its spec, and for a
    /// bind mount the content it shows (another stage's: its image id).
    func keyPart(context: String?, digests: StatCache) throws(HullError) -> String {
        var part = "\(kind.rawValue) \(target) \(source) \(id ?? "")"
        if let fromID { return part + " from " + fromID }
        if kind == .bind, let context {
            let origin = CopyOrigin.context(root: context, ignore: IgnoreMatcher(patterns: []))
            do {
                let found = try CopySourceFinder(origin: origin).find(source)
                let items = try CopyPlanner(origin: origin, owner: nil, chmod: nil)
                    .plan(sources: found, destination: target, destinationIsDirectory: true)
                part += " " + (try ContentHasher.hash(items, digests: digests))
            } catch let error as HullError {
                throw error
            } catch {
                throw HullError(.failure, "--mount source \(source): \(error)")
            }
        }
        return part
    }
}
