import CHull
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull cp`: files between a container (running or stopped) and the host
/// or a tar stream, with Docker's rules for what lands where:
/// - a file onto an existing file replaces it; into an existing directory
///   it keeps its name; to a missing path it takes that name (a missing
///   path ending in `/` is an error);
/// - a directory into an existing directory keeps its name, unless the
///   source ends in `/.` (then its contents go in); to a missing path it
///   takes that name; onto a file it is an error.
/// Paths in the container are resolved inside its root, so its symlinks
/// can never lead out of it.
public struct ContainerCopy {
    public enum Location {
        case container(Container, String)
        case host(String)
        /// A tar stream: stdin as a source, stdout as a destination.
        case stream
    }

    public struct Options: Sendable {
        /// Keep owners (uid/gid) from the source (`-a`).
        public var archive = false
        /// Follow a symlink named as the source (`-L`).
        public var followLink = false
        public init() {}
    }

    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// A root descriptor with how to resolve names beneath it.
    private struct Side {
        let fd: Int32
        let resolve: UInt64
        let keep: ContainerRoot?
        let describe: (String) -> String
        let missing: (String) -> HullError
    }

    private func side(_ location: Location) throws(HullError) -> Side? {
        switch location {
        case .container(let c, _):
            let root = try ContainerRoot.open(c, layout: layout)
            return Side(fd: root.fd, resolve: UInt64(RESOLVE_IN_ROOT), keep: root, describe: { "\(c.name):\($0)" },
                        missing: { HullError(.failure, "\"\($0)\" could not be found on container \(c.name): no such file or directory") })
        case .host:
            let fd = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw HullError(.failure, "opening /: \(LinuxError("open").reason)") }
            return Side(fd: fd, resolve: 0, keep: nil, describe: { $0 },
                        missing: { HullError(.failure, "\"\($0)\" could not be found on the host: no such file or directory") })
        case .stream:
            return nil
        }
    }

    private static func path(_ location: Location) -> String {
        switch location {
        // A relative path is the container's working directory's, as Podman reads it.
        case .container(let c, let p): return p.hasPrefix("/") ? p : join(c.config.workingDir.isEmpty ? "/" : c.config.workingDir, p)
        case .host(let p):
            if p.hasPrefix("/") { return p }
            var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let cwd = getcwd(&buf, buf.count).map { String(cString: $0) } ?? "/"
            return (cwd == "/" ? "" : cwd) + "/" + p
        case .stream: return "-"
        }
    }

    public func copy(from source: Location, to destination: Location, options: Options) throws(HullError) {
        let src = try side(source)
        defer { if let src, src.keep == nil { close(src.fd) } }
        let dst = try side(destination)
        defer { if let dst, dst.keep == nil { close(dst.fd) } }
        let srcPath = Self.path(source), dstPath = Self.path(destination)

        guard let src else {
            // A tar stream goes into an existing directory.
            guard let dst else { throw HullError(.failure, "source and destination cannot both be \"-\"") }
            guard let top = try TreeCopySource(root: dst.fd, resolve: dst.resolve, path: dstPath, follow: true) else {
                throw dst.missing(dstPath)
            }
            top.close()
            guard top.isDirectory else { throw HullError(.failure, "destination \"\(dst.describe(dstPath))\" must be a directory") }
            var sink = DirectoryCopySink(root: dst.fd, resolve: dst.resolve, target: dstPath,
                                         preserveOwner: options.archive, describe: dst.describe)
            try TarCopySource(fd: 0).copy(into: &sink)
            try sink.finish()
            return
        }

        let contentsOnly = srcPath.hasSuffix("/.")
        let trailingSlash = srcPath.hasSuffix("/") || contentsOnly
        guard let top = try TreeCopySource(root: src.fd, resolve: src.resolve, path: srcPath,
                                           follow: options.followLink || trailingSlash) else {
            throw src.missing(srcPath)
        }
        defer { top.close() }
        if trailingSlash && !top.isDirectory {
            throw HullError(.failure, "\"\(src.describe(srcPath))\": not a directory")
        }
        let name = Self.baseName(srcPath)

        guard let dst else {
            var sink = try TarCopySink(fd: 1, prefix: contentsOnly || name.isEmpty ? nil : name)
            try top.copy(into: &sink)
            try sink.finish()
            return
        }

        let target: String
        if let existing = try TreeCopySource(root: dst.fd, resolve: dst.resolve, path: dstPath, follow: true) {
            existing.close()
            if existing.isDirectory {
                target = contentsOnly || name.isEmpty ? dstPath : Self.join(dstPath, name)
            } else if top.isDirectory {
                throw HullError(.failure, "destination must be a directory when copying a directory")
            } else {
                target = dstPath
            }
        } else {
            if dstPath.hasSuffix("/") { throw HullError(.failure, "\"\(dst.describe(dstPath))\": no such directory") }
            let parent = Self.parent(dstPath)
            guard let up = try TreeCopySource(root: dst.fd, resolve: dst.resolve, path: parent, follow: true) else {
                throw dst.missing(parent)
            }
            up.close()
            guard up.isDirectory else { throw HullError(.failure, "\"\(dst.describe(parent))\": not a directory") }
            target = dstPath
        }
        var sink = DirectoryCopySink(root: dst.fd, resolve: dst.resolve, target: Self.trimmed(target),
                                     preserveOwner: options.archive, describe: dst.describe)
        try top.copy(into: &sink)
        try sink.finish()
    }

    /// The last name of a path: "" for "/" and for "/." forms.
    static func baseName(_ path: String) -> String {
        let parts = path.split(separator: "/")
        guard let last = parts.last, last != "." else { return "" }
        return String(last)
    }

    static func parent(_ path: String) -> String {
        let trimmed = trimmed(path)
        guard let slash = trimmed.lastIndex(of: "/"), slash != trimmed.startIndex else { return "/" }
        return String(trimmed[..<slash])
    }

    static func trimmed(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    static func join(_ dir: String, _ name: String) -> String {
        let d = trimmed(dir)
        return (d == "/" ? "" : d) + "/" + name
    }
}
