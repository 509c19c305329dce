import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Where COPY and ADD read from: the build context (with its ignore file;
/// nothing outside it, through `..` or a symlink, is ever read), or the
/// files of an earlier stage or an image (`--from`).
enum CopyOrigin {
    case context(root: String, ignore: IgnoreMatcher)
    case image(LayeredTree)
    /// A Containerfile read from stdin without a context.
    case none
}

/// A source a COPY names, found: the path it was given as, where its
/// entries are read from, and whether it is a directory.
struct FoundSource {
    var name: String
    /// Absolute: on the host for the context, in the tree for an image.
    var path: String
    /// Where its bytes are on the host (a layer directory for an image).
    var hostPath: String
    var stat: stat
}

struct CopySourceFinder {
    let origin: CopyOrigin

    struct Failure: Error { let message: String }

    /// The sources one word names: itself, or what its wildcards match.
    func find(_ word: String) throws(Failure) -> [FoundSource] {
        let clean = ContextPath.clean(word.hasPrefix("/") ? String(word.drop { $0 == "/" }) : word)
        guard !ContextPath.leaves(clean) else {
            throw Failure(message: "\"\(word)\" is outside the build context")
        }
        if clean.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) {
            var matches = glob(clean.split(separator: "/").map(String.init), under: ".")
            if case .context(_, let ignore) = origin { matches.removeAll(where: ignore.ignores) }
            guard !matches.isEmpty else { throw Failure(message: "no source files were specified: \"\(word)\" matches nothing") }
            return try matches.map { (m) throws(Failure) in try one(m, as: word) }
        }
        return [try one(clean, as: word)]
    }

    private func one(_ relative: String, as word: String) throws(Failure) -> FoundSource {
        switch origin {
        case .none:
            throw Failure(message: "no build context: \"\(word)\" cannot be copied (the Containerfile came from stdin)")
        case .context(let root, let ignore):
            // Worded as podman's (buildah's copier); an ignored file is as missing.
            let missing = Failure(message: "checking on sources under \"\(root)\": copier: stat: \"/\(relative)\": no such file or directory")
            if relative != ".", ignore.ignores(relative) { throw missing }
            let path = relative == "." ? root : root + "/" + relative
            guard let real = Self.realPath(path) else { throw missing }
            let realRoot = Self.realPath(root) ?? root
            guard real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
                throw Failure(message: "\"\(word)\" leads outside the build context (to \(real))")
            }
            var st = stat()
            guard lstat(real, &st) == 0 else {
                throw Failure(message: "\"\(word)\": \(LinuxError("stat").reason)")
            }
            return FoundSource(name: word, path: real, hostPath: real, stat: st)
        case .image(let tree):
            let inside = tree.resolve("/" + (relative == "." ? "" : relative), followLast: true)
            guard let (host, st) = tree.locate(inside) else {
                throw Failure(message: "\"\(word)\": no such file or directory in the source image")
            }
            return FoundSource(name: word, path: inside, hostPath: host, stat: st)
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Relative paths matching the pattern's components (Go's
    /// filepath.Match for each), sorted.
    private func glob(_ components: [String], under dir: String) -> [String] {
        guard let first = components.first else { return [dir] }
        var out: [String] = []
        for name in list(dir) where fnmatch(first, name, FNM_PATHNAME) == 0 {
            let path = dir == "." ? name : dir + "/" + name
            if components.count > 1 {
                out += glob(Array(components.dropFirst()), under: path)
            } else {
                out.append(path)
            }
        }
        return out.sorted()
    }

    /// The names in a directory of the origin (relative; "." is its top).
    func list(_ relative: String) -> [String] {
        switch origin {
        case .none: return []
        case .context(let root, let ignore):
            _ = ignore
            return ((try? FileSystem.list(relative == "." ? root : root + "/" + relative)) ?? []).sorted()
        case .image(let tree):
            return tree.children(relative == "." ? "/" : "/" + relative)
        }
    }
}
