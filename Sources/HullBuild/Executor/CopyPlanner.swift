import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Docker's rules for where COPY's sources land: a destination ending in
/// `/`, or one that is a directory in the image, receives sources by
/// name; a directory source has its contents copied (not itself); a
/// single file to any other destination takes that name. Several sources
/// need a directory destination ending in `/`.
struct CopyPlanner {
    let origin: CopyOrigin
    /// Owner for everything copied; nil keeps the source's (`--from`) or
    /// makes it root's (the context).
    let owner: (uid: UInt32, gid: UInt32)?
    let chmod: mode_t?

    struct Failure: Error { let message: String }

    /// - destination: absolute, with the image's symlinks already followed.
    func plan(sources: [FoundSource], destination: String, destinationIsDirectory: Bool) throws(Failure) -> [CopyItem] {
        var items: [CopyItem] = []
        let intoDirectory = destinationIsDirectory || sources.count > 1
            || sources.contains { ($0.stat.st_mode & S_IFMT) == S_IFDIR }
        for source in sources {
            let isDirectory = (source.stat.st_mode & S_IFMT) == S_IFDIR
            if isDirectory {
                try walk(source.path, relative: relativeInOrigin(source.path), into: destination, items: &items)
            } else {
                let name = String(source.path.split(separator: "/").last ?? "file")
                let target = intoDirectory ? ContextPath.join(destination, name) : destination
                items.append(try item(at: source.hostPath, stat: source.stat, target: target))
            }
        }
        return items
    }

    /// The path relative to the context root, for ignore matching.
    private func relativeInOrigin(_ path: String) -> String {
        guard case .context(let root, _) = origin else { return path }
        let realRoot = CopySourceFinder.realPath(root) ?? root
        if path == realRoot { return "." }
        return String(path.dropFirst(realRoot.count + 1))
    }

    private func walk(_ path: String, relative: String, into target: String, items: inout [CopyItem]) throws(Failure) {
        switch origin {
        case .context(_, let ignore):
            for name in ((try? FileSystem.list(path)) ?? []).sorted() {
                let rel = relative == "." ? name : relative + "/" + name
                var st = stat()
                guard lstat(path + "/" + name, &st) == 0 else { continue }
                let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
                if ignore.ignores(rel) {
                    // A `!` exception may take back something inside.
                    if isDirectory && ignore.hasExclusions {
                        try walk(path + "/" + name, relative: rel, into: ContextPath.join(target, name), items: &items, dropEmptyDirectory: true)
                    }
                    continue
                }
                items.append(try item(at: path + "/" + name, stat: st, target: ContextPath.join(target, name)))
                if isDirectory { try walk(path + "/" + name, relative: rel, into: ContextPath.join(target, name), items: &items) }
            }
        case .image(let tree):
            for name in tree.children(path) {
                let inside = ContextPath.join(path, name)
                guard let (host, st) = tree.locate(inside) else { continue }
                // Device nodes and sockets an image may hold are not copied.
                let type = st.st_mode & S_IFMT
                guard type == S_IFDIR || type == S_IFREG || type == S_IFLNK else { continue }
                var entry = try item(at: host, stat: st, target: ContextPath.join(target, name))
                if entry.kind == .file { entry.hostPath = host }
                items.append(entry)
                if (st.st_mode & S_IFMT) == S_IFDIR { try walk(inside, relative: inside, into: ContextPath.join(target, name), items: &items) }
            }
        case .none:
            break
        }
    }

    /// An ignored directory's walk for `!` exceptions: the directory is
    /// added only when something inside it is.
    private func walk(_ path: String, relative: String, into target: String, items: inout [CopyItem], dropEmptyDirectory: Bool) throws(Failure) {
        var inner: [CopyItem] = []
        try walk(path, relative: relative, into: target, items: &inner)
        guard !inner.isEmpty else { return }
        var st = stat()
        if lstat(path, &st) == 0 { items.append(try item(at: path, stat: st, target: target)) }
        items += inner
    }

    private func item(at host: String, stat st: stat, target: String) throws(Failure) -> CopyItem {
        let type = st.st_mode & S_IFMT
        let kind: CopyItem.Kind
        var link: String?
        switch type {
        case S_IFDIR: kind = .directory
        case S_IFREG: kind = .file
        case S_IFLNK:
            kind = .symlink
            var buf = [CChar](repeating: 0, count: 4096)
            let n = readlink(host, &buf, buf.count - 1)
            guard n >= 0 else { throw Failure(message: "reading the link \(host): \(LinuxError("readlink").reason)") }
            link = String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        default:
            throw Failure(message: "\(host): cannot copy a device, socket or pipe")
        }
        let keepOwner: Bool
        if case .image = origin { keepOwner = true } else { keepOwner = false }
        var mode = st.st_mode & 0o7777
        if let chmod, kind != .symlink { mode = chmod }
        return CopyItem(target: target, kind: kind, mode: mode,
                        uid: owner?.uid ?? (keepOwner ? st.st_uid : 0), gid: owner?.gid ?? (keepOwner ? st.st_gid : 0),
                        size: kind == .file ? Int64(st.st_size) : 0, linkTarget: link,
                        hostPath: kind == .file ? host : nil, content: nil, modified: st.st_mtim)
    }
}
