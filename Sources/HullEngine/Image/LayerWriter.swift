import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Writes a directory tree in overlayfs form (a container's upper dir) as
/// an OCI layer tar: 0/0 character devices (and fuse-overlayfs's `.wh.NAME`
/// files) become `.wh.NAME` whiteouts and opaque directories (any form, see
/// `OverlayWhiteout`) get a `.wh..wh..opq` entry.
public enum LayerWriter {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// - skip: paths (with a leading /) left out, with everything below them.
    /// - idMappings: a container's user namespace: its files are stored
    ///   with host ids and go into the layer as the ids it saw.
    public static func write(directory: String, to path: String, skip: Set<String>,
                      idMappings: ContainerIDMappings? = nil) throws(Failure) {
        guard let archive = archive_write_new() else { throw Failure(description: "out of memory") }
        defer { archive_write_free(archive) }
        archive_write_set_format_pax_restricted(archive)
        guard archive_write_open_filename(archive, path) == ARCHIVE_OK else {
            throw Failure(description: "creating \(path): " + writeError(archive))
        }
        try walk(archive, root: directory, relative: [], skip: skip, ids: idMappings)
        guard archive_write_close(archive) == ARCHIVE_OK else {
            throw Failure(description: "writing \(path): " + writeError(archive))
        }
    }

    /// Paths are walked as bytes: a file name need not be UTF-8, and a
    /// String would change it (and the file would be missed).
    /// The same tar, to an open descriptor (`volume export` to stdout).
    static func write(directory: String, toDescriptor fd: Int32, what: String) throws(Failure) {
        guard let archive = archive_write_new() else { throw Failure(description: "out of memory") }
        defer { archive_write_free(archive) }
        archive_write_set_format_pax_restricted(archive)
        guard archive_write_open_fd(archive, fd) == ARCHIVE_OK else {
            throw Failure(description: "writing \(what): " + writeError(archive))
        }
        try walk(archive, root: directory, relative: [], skip: [], ids: nil)
        guard archive_write_close(archive) == ARCHIVE_OK else {
            throw Failure(description: "writing \(what): " + writeError(archive))
        }
    }

    private static func walk(_ archive: OpaquePointer, root: String, relative: [UInt8], skip: Set<String>,
                             ids: ContainerIDMappings?) throws(Failure) {
        let rootBytes = Array(root.utf8)
        for name in rawNames(rootBytes + relative).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let rel = relative + [UInt8(ascii: "/")] + name
            if skip.contains(String(decoding: rel, as: UTF8.self)) { continue }
            var st = stat()
            guard lstat(cString(rootBytes + rel), &st) == 0 else { continue }
            let type = st.st_mode & S_IFMT
            switch OverlayWhiteout.classify(String(decoding: name, as: UTF8.self), st) {
            case .opaqueMark: continue  // one marker is written below, whatever its form here
            case .deletes:
                // The hidden name's own bytes: the device's name, or the
                // `.wh.NAME` file's without its prefix.
                let prefix = Array(OverlayWhiteout.prefix.utf8)
                let hidden = OverlayWhiteout.isDevice(st) ? name : Array(name.dropFirst(prefix.count))
                try add(archive, path: relative + Array(("/" + LayerExtractor.whiteoutPrefix).utf8) + hidden,
                        stat: nil, source: nil, ids: ids)
                continue
            case .file: break
            }
            try add(archive, path: rel, stat: st, source: rootBytes + rel, ids: ids)
            if type == S_IFDIR {
                if isOpaqueRaw(rootBytes + rel) {
                    try add(archive, path: rel + Array(("/" + LayerExtractor.opaqueMarker).utf8), stat: nil, source: nil, ids: ids)
                }
                try walk(archive, root: root, relative: rel, skip: skip, ids: ids)
            }
        }
    }

    /// A directory's entry names as their bytes, without "." and "..".
    static func rawNames(_ dir: [UInt8]) -> [[UInt8]] {
        guard let handle = opendir(cString(dir)) else { return [] }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)))) }
            }
            if name == [46] || name == [46, 46] { continue }
            names.append(name)
        }
        return names
    }

    static func cString(_ bytes: [UInt8]) -> [CChar] {
        bytes.map { CChar(bitPattern: $0) } + [0]
    }

    /// OverlayWhiteout.isOpaque for a path that may not be UTF-8.
    static func isOpaqueRaw(_ dir: [UInt8]) -> Bool {
        var flag = [UInt8](repeating: 0, count: 2)
        for name in OverlayWhiteout.opaqueXattrs where lgetxattr(cString(dir), name, &flag, 2) == 1 && flag[0] == UInt8(ascii: "y") {
            return true
        }
        var st = stat()
        return lstat(cString(dir + Array(("/" + OverlayWhiteout.opaqueMarker).utf8)), &st) == 0
    }

    /// One entry; without a stat it is an empty marker file (a whiteout).
    static func add(_ archive: OpaquePointer, path: String, stat st: stat?, source: String?,
                    ids: ContainerIDMappings? = nil) throws(Failure) {
        try add(archive, path: Array(path.utf8), stat: st, source: source.map { Array($0.utf8) }, ids: ids)
    }

    /// `path` and `source` as bytes (names need not be UTF-8).
    static func add(_ archive: OpaquePointer, path pathBytes: [UInt8], stat st: stat?, source sourceBytes: [UInt8]?,
                    ids: ContainerIDMappings? = nil) throws(Failure) {
        let path = String(decoding: pathBytes, as: UTF8.self)
        let source = sourceBytes.map { String(decoding: $0, as: UTF8.self) }
        guard let entry = archive_entry_new() else { throw Failure(description: "out of memory") }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname(entry, cString(Array(pathBytes.dropFirst())))
        if var st {
            archive_entry_copy_stat(entry, &st)
            if let ids {
                // Host ids outside the namespace show as the overflow id inside.
                archive_entry_set_uid(entry, Int64(ids.uidMap.containerID(of: st.st_uid) ?? 65534))
                archive_entry_set_gid(entry, Int64(ids.gidMap.containerID(of: st.st_gid) ?? 65534))
            }
            if (st.st_mode & S_IFMT) == S_IFLNK, let sourceBytes {
                var buf = [CChar](repeating: 0, count: 4096)
                let n = readlink(cString(sourceBytes), &buf, buf.count - 1)
                if n >= 0 { buf[n] = 0; archive_entry_set_symlink(entry, buf) }
            }
        } else {
            archive_entry_set_filetype(entry, 0o100000)  // AE_IFREG
            archive_entry_set_perm(entry, 0o644)
            archive_entry_set_size(entry, 0)
        }
        guard archive_write_header(archive, entry) >= ARCHIVE_WARN else {
            throw Failure(description: "adding \(path): " + writeError(archive))
        }
        guard let st, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0, let source, let sourceBytes else { return }
        let fd = open(cString(sourceBytes), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw Failure(description: "reading \(source): \(LinuxError("open").reason)") }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 { throw Failure(description: "reading \(source): \(LinuxError("read").reason)") }
            let written = buffer.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, n) }
            if written < 0 { throw Failure(description: "adding \(path): " + writeError(archive)) }
        }
    }

    /// libarchive's message with the errno behind it: its "Write error"
    /// alone does not say that the disk is full.
    static func writeError(_ archive: OpaquePointer) -> String {
        let message = LayerExtractor.errorString(archive)
        let code = archive_errno(archive)
        guard code > 0 else { return message }
        let reason = LinuxError("write", errno: code).reason
        return message.contains(reason) ? message : message + ": " + reason
    }
}
