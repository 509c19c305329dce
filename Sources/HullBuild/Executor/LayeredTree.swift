import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// An image's files read straight from its layer directories, topmost
/// layer first, with overlay whiteouts and opaque directories honoured:
/// what COPY needs to know about a destination (is it a directory, who
/// owns its parents, where do its symlinks lead) and what `COPY --from`
/// copies, without mounting anything.
struct LayeredTree {
    /// Layer directories, topmost first.
    let directories: [String]

    init(directories: [String]) {
        self.directories = directories
    }

    init(diffIDs: [String], layout: StoreLayout) {
        let layers = LayerStore(layout: layout)
        directories = diffIDs.reversed().map { layers.diffDirectory($0) }
    }

    /// The host path and stat of `path` (absolute, clean) in the merged
    /// view; nil when no layer has it or a whiteout hides it.
    func locate(_ path: String) -> (String, stat)? {
        if path == "/" {
            for dir in directories {
                var st = stat()
                if lstat(dir, &st) == 0 { return (dir, st) }
            }
            return nil
        }
        let parent = ContextPath.clean(path + "/..")
        for dir in directories {
            var st = stat()
            if lstat(dir + path, &st) == 0 {
                return OverlayWhiteout.isDevice(st) ? nil : (dir + path, st)
            }
            if OverlayWhiteout.isDeleted(path, in: dir) { return nil }
            // Nothing below shows through an opaque parent.
            if OverlayWhiteout.isOpaque(dir + parent) { return nil }
            if hidesBelow(parent, in: dir) { return nil }
        }
        return nil
    }

    /// Whether a layer replaces an ancestor of a path with a non-directory
    /// or deletes it: the layers below it no longer count for the path.
    private func hidesBelow(_ parent: String, in dir: String) -> Bool {
        var p = parent
        while p != "/" {
            var st = stat()
            if lstat(dir + p, &st) == 0 {
                return (st.st_mode & S_IFMT) != S_IFDIR
            }
            if OverlayWhiteout.isDeleted(p, in: dir) { return true }
            p = ContextPath.clean(p + "/..")
        }
        return false
    }

    /// The names in a directory of the merged view, sorted.
    func children(_ path: String) -> [String] {
        var names = Set<String>()
        var hidden = Set<String>()
        for dir in directories {
            let here = path == "/" ? dir : dir + path
            var st = stat()
            guard lstat(here, &st) == 0 else {
                if path != "/" && OverlayWhiteout.isDeleted(path, in: dir) { break }
                continue
            }
            guard (st.st_mode & S_IFMT) == S_IFDIR else { break }
            for name in (try? FileSystem.list(here)) ?? [] {
                var entry = stat()
                guard lstat(here + "/" + name, &entry) == 0 else { continue }
                switch OverlayWhiteout.classify(name, entry) {
                case .opaqueMark: continue
                case .deletes(let gone): hidden.insert(gone)
                case .file: if !hidden.contains(name) { names.insert(name) }
                }
            }
            if OverlayWhiteout.isOpaque(here) { break }
        }
        return names.sorted()
    }

    /// `path` with the symlinks of its directories followed inside the
    /// tree (an absolute target means the tree's root; `..` stops at it).
    /// The last component is followed too when `followLast`.
    func resolve(_ path: String, followLast: Bool = false) -> String {
        var resolved = "/"
        var pending = ContextPath.clean(path).split(separator: "/").map(String.init)
        var hops = 0
        while !pending.isEmpty {
            let name = pending.removeFirst()
            let candidate = ContextPath.clean(resolved + "/" + name)
            guard pending.isEmpty ? followLast : true, let (host, st) = locate(candidate),
                  (st.st_mode & S_IFMT) == S_IFLNK, hops < 40 else {
                resolved = candidate
                continue
            }
            hops += 1
            var buf = [CChar](repeating: 0, count: 4096)
            let n = readlink(host, &buf, buf.count - 1)
            guard n > 0 else { resolved = candidate; continue }
            let target = String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") { resolved = "/" }
            pending = target.split(separator: "/").map(String.init) + pending
        }
        return resolved
    }

    func readFile(_ path: String) -> String? {
        guard let (host, st) = locate(path), (st.st_mode & S_IFMT) == S_IFREG,
              let bytes = try? FileSystem.readFile(host) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
