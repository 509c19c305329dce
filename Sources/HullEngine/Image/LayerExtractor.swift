import CHull
import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Unpacks a layer tar into a directory, treating it as hostile input:
/// libarchive refuses `..`, absolute paths and writes through symlinks, and
/// the directory is entered by descriptor so nothing lands outside it.
/// OCI whiteouts become overlayfs whiteouts: `.wh.NAME` a 0/0 character
/// device, `.wh..wh..opq` the `trusted.overlay.opaque` xattr.
enum LayerExtractor {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let whiteoutPrefix = ".wh."
    static let opaqueMarker = ".wh..wh..opq"

    /// Returns, for a rootless user (who cannot chown to them here), the
    /// entries whose tar owner is not 0:0; NamespaceFileWork sets them.
    @discardableResult
    static func extract(_ stream: LayerStream, into directory: String) throws(Failure) -> [NamespaceFileWork.Owner] {
        let collectOwners = geteuid() != 0
        var owners: [NamespaceFileWork.Owner] = []
        guard let reader = archive_read_new() else { throw Failure(description: "out of memory") }
        defer { archive_read_free(reader) }
        archive_read_support_format_tar(reader)
        archive_read_support_format_gnutar(reader)
        archive_read_support_filter_none(reader)

        let box = Unmanaged.passRetained(ReadContext(stream: stream))
        defer { box.release() }
        let openRC = archive_read_open(reader, box.toOpaque(), nil, { _, client, out in
            guard let client, let out else { return -1 }
            let ctx = Unmanaged<ReadContext>.fromOpaque(client).takeUnretainedValue()
            return ctx.next(out)
        }, nil)
        if openRC != ARCHIVE_OK {
            throw Failure(description: ReadContext.message(reader, box.takeUnretainedValue()))
        }

        guard let writer = archive_write_disk_new() else { throw Failure(description: "out of memory") }
        defer { archive_write_free(writer) }
        let options = ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_OWNER
            | ARCHIVE_EXTRACT_XATTR | ARCHIVE_EXTRACT_FFLAGS | ARCHIVE_EXTRACT_SECURE_SYMLINKS
            | ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS
        archive_write_disk_set_options(writer, options)

        // libarchive writes relative to the working directory. Enter the
        // layer directory for the duration, and come back afterwards. The
        // cwd is per process, and layers unpack on several threads at once:
        // each thread first takes a working directory of its own. Without
        // one, two threads would chdir under each other and write one
        // layer's files into another: a failure is an error, not a warning.
        let unshareResult = hull_unshare_fs()
        guard unshareResult == 0 else {
            throw Failure(description: "giving the unpacking thread its own working directory: unshare(CLONE_FS): \(String(cString: strerror(-unshareResult)))")
        }
        let home = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard chdir(directory) == 0 else {
            if home >= 0 { close(home) }
            throw Failure(description: "entering \(directory): \(LinuxError("chdir").reason)")
        }
        defer {
            if home >= 0 { fchdir(home); close(home) }
        }

        var opaqueDirectories: [String] = []
        while true {
            var entry: OpaquePointer?
            let rc = archive_read_next_header(reader, &entry)
            if rc == ARCHIVE_EOF { break }
            guard rc == ARCHIVE_OK || rc == ARCHIVE_WARN, let entry else {
                throw Failure(description: "reading layer: " + ReadContext.message(reader, box.takeUnretainedValue()))
            }
            guard let rawPath = archive_entry_pathname(entry) else { continue }
            let path = normalize(String(cString: rawPath))
            if path.isEmpty { continue }
            let (parent, base) = split(path)
            if base == opaqueMarker {
                opaqueDirectories.append(parent)
                continue
            }
            if collectOwners, !base.hasPrefix(whiteoutPrefix), archive_entry_hardlink(entry) == nil {
                let uid = archive_entry_uid(entry), gid = archive_entry_gid(entry)
                if uid != 0 || gid != 0 {
                    guard uid >= 0, gid >= 0, uid < Int64(UInt32.max), gid < Int64(UInt32.max) else {
                        throw Failure(description: "\(path): owner \(uid):\(gid) is not a valid id")
                    }
                    owners.append(NamespaceFileWork.Owner(path: path, uid: UInt32(uid), gid: UInt32(gid),
                                                          mode: UInt32(archive_entry_perm(entry) & 0o7777)))
                }
            }
            if base.hasPrefix(whiteoutPrefix) {
                let hidden = String(base.dropFirst(whiteoutPrefix.count))
                archive_entry_set_pathname(entry, parent.isEmpty ? hidden : parent + "/" + hidden)
                archive_entry_set_filetype(entry, 0o020000)  // AE_IFCHR
                archive_entry_set_perm(entry, 0)
                archive_entry_set_rdev(entry, 0)
                archive_entry_set_size(entry, 0)
                archive_entry_unset_size(entry)
            }
            if archive_write_header(writer, entry) < ARCHIVE_WARN {
                throw Failure(description: "unpacking \(path): " + errorString(writer))
            }
            if archive_entry_size_is_set(entry) != 0 && archive_entry_size(entry) > 0 {
                try copyData(reader, writer, path: path, context: box.takeUnretainedValue())
            }
            if archive_write_finish_entry(writer) < ARCHIVE_WARN {
                throw Failure(description: "unpacking \(path): " + errorString(writer))
            }
        }
        // Directories get their modes and times when the writer closes
        // (libarchive defers them until their contents are written), by
        // relative path: it must close while the layer directory is still
        // the working directory, not at free after the chdir back, or the
        // caller's directories of those names get them (`hull pull` run in
        // / would make the host's /tmp, /etc... the image's).
        if archive_write_close(writer) < ARCHIVE_WARN {
            throw Failure(description: "unpacking: " + errorString(writer))
        }
        for dir in opaqueDirectories {
            try markOpaque(dir)
        }
        do {
            try stream.drain()
        } catch {
            throw Failure(description: error.description)
        }
        return owners
    }

    private static func copyData(_ reader: OpaquePointer, _ writer: OpaquePointer, path: String,
                                 context: ReadContext) throws(Failure) {
        var buffer: UnsafeRawPointer?
        var size = 0
        var offset: la_int64_t = 0
        while true {
            let rc = archive_read_data_block(reader, &buffer, &size, &offset)
            if rc == ARCHIVE_EOF { return }
            if rc < ARCHIVE_WARN {
                throw Failure(description: "reading \(path): " + ReadContext.message(reader, context))
            }
            if archive_write_data_block(writer, buffer, size, offset) < ARCHIVE_WARN {
                throw Failure(description: "writing \(path): " + errorString(writer))
            }
        }
    }

    /// Sets the opaque xattr on a directory of the layer, refusing any path
    /// that leaves it or passes through a symlink.
    private static func markOpaque(_ dir: String) throws(Failure) {
        let path = dir.isEmpty ? "." : dir
        let fd = hull_openat2(AT_FDCWD, path, O_RDONLY | O_DIRECTORY,
                              UInt64(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS))
        if fd < 0 {
            // The marker may come before its directory; then the dir is new.
            guard errno == ENOENT else {
                throw Failure(description: "opaque directory \(dir): \(LinuxError("open").reason)")
            }
            guard (try? FileSystem.makeDirectories(path)) != nil else {
                throw Failure(description: "opaque directory \(dir): cannot create")
            }
            return try markOpaque(dir)
        }
        defer { close(fd) }
        if fsetxattr(fd, OverlayXattr.opaque, "y", 1, 0) != 0 {
            throw Failure(description: "opaque directory \(dir): \(LinuxError("setxattr").reason)")
        }
    }

    /// `./a//b/` -> `a/b`
    static func normalize(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    static func errorString(_ archive: OpaquePointer) -> String {
        guard let s = archive_error_string(archive) else { return "unknown error" }
        return String(cString: s)
    }
}

/// Feeds libarchive from a LayerStream and keeps the stream's error, which
/// libarchive would otherwise reduce to "read error".
final class ReadContext {
    let stream: LayerStream
    var buffer: UnsafeMutableRawBufferPointer
    var failure: String?

    init(stream: LayerStream) {
        self.stream = stream
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 17, alignment: 16)
    }

    deinit { buffer.deallocate() }

    func next(_ out: UnsafeMutablePointer<UnsafeRawPointer?>) -> Int {
        do {
            let n = try stream.read(into: buffer)
            out.pointee = UnsafeRawPointer(buffer.baseAddress)
            return n
        } catch {
            failure = error.description
            return -1
        }
    }

    static func message(_ reader: OpaquePointer, _ ctx: ReadContext) -> String {
        ctx.failure ?? LayerExtractor.errorString(reader)
    }
}
