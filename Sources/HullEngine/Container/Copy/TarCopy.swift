import CLibs
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull cp CTR:PATH -`: the copy as a tar stream on a descriptor, entries
/// named from `prefix` (the source's base name; nil: its contents only).
struct TarCopySink: CopySink {
    private let archive: OpaquePointer
    let prefix: String?

    init(fd: Int32, prefix: String?) throws(HullError) {
        guard let archive = archive_write_new() else { throw HullError(.failure, "out of memory") }
        archive_write_set_format_pax_restricted(archive)
        guard archive_write_open_fd(archive, fd) == ARCHIVE_OK else {
            let message = LayerExtractor.errorString(archive)
            archive_write_free(archive)
            throw HullError(.failure, "writing the archive: \(message)")
        }
        self.archive = archive
        self.prefix = prefix
    }

    private func name(_ relative: String) -> String {
        guard let prefix else { return relative.isEmpty ? "." : relative }
        return relative.isEmpty ? prefix : prefix + "/" + relative
    }

    mutating func add(_ entry: CopyEntry, contents: CopyContents?) throws(HullError) {
        guard let e = archive_entry_new() else { throw HullError(.failure, "out of memory") }
        defer { archive_entry_free(e) }
        var path = name(entry.path)
        switch entry.kind {
        case .directory:
            archive_entry_set_filetype(e, UInt32(Glibc.S_IFDIR))
            if !path.hasSuffix("/") { path += "/" }
        case .file:
            archive_entry_set_filetype(e, UInt32(Glibc.S_IFREG))
            archive_entry_set_size(e, entry.size)
        case .symlink(let target):
            archive_entry_set_filetype(e, UInt32(Glibc.S_IFLNK))
            archive_entry_set_symlink(e, target)
        case .hardlink(let target):
            archive_entry_set_filetype(e, UInt32(Glibc.S_IFREG))
            archive_entry_set_hardlink(e, name(target))
        case .special(let type, let device):
            archive_entry_set_filetype(e, UInt32(type))
            archive_entry_set_rdev(e, device)
        }
        archive_entry_set_pathname(e, path)
        archive_entry_set_perm(e, entry.mode)
        archive_entry_set_uid(e, Int64(entry.uid))
        archive_entry_set_gid(e, Int64(entry.gid))
        archive_entry_set_mtime(e, entry.mtime.tv_sec, entry.mtime.tv_nsec)
        guard archive_write_header(archive, e) == ARCHIVE_OK else {
            throw HullError(.failure, "writing the archive: \(LayerExtractor.errorString(archive))")
        }
        guard entry.kind == .file, let contents else { return }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65536, alignment: 16)
        defer { buffer.deallocate() }
        // The header promised entry.size bytes: a file that changed size
        // meanwhile is cut or padded to it, as tar does.
        var left = entry.size
        while left > 0 {
            let n = contents(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<Int(min(left, 65536))]))
            if n < 0 { throw HullError(.failure, "reading \"\(path)\": \(LinuxError("read").reason)") }
            if n == 0 { break }
            guard archive_write_data(archive, buffer.baseAddress, n) == n else {
                throw HullError(.failure, "writing the archive: \(LayerExtractor.errorString(archive))")
            }
            left -= Int64(n)
        }
        if left > 0 {
            let zeros = [UInt8](repeating: 0, count: 65536)
            while left > 0 {
                let n = Int(min(left, 65536))
                _ = archive_write_data(archive, zeros, n)
                left -= Int64(n)
            }
        }
    }

    mutating func finish() throws(HullError) {
        defer { archive_write_free(archive) }
        guard archive_write_close(archive) == ARCHIVE_OK else {
            throw HullError(.failure, "writing the archive: \(LayerExtractor.errorString(archive))")
        }
    }
}

/// `hull cp - CTR:DIR`: entries of a tar stream read from a descriptor.
/// Names are taken relative to the destination: a leading `/` or `./` is
/// dropped, and a `..` component is refused.
struct TarCopySource {
    let fd: Int32

    func copy<S: CopySink>(into sink: inout S) throws(HullError) {
        guard let reader = archive_read_new() else { throw HullError(.failure, "out of memory") }
        defer { archive_read_free(reader) }
        archive_read_support_format_tar(reader)
        archive_read_support_format_gnutar(reader)
        archive_read_support_filter_none(reader)
        guard archive_read_open_fd(reader, fd, 65536) == ARCHIVE_OK else {
            throw HullError(.failure, "reading the archive: \(LayerExtractor.errorString(reader))")
        }
        while true {
            var header: OpaquePointer?
            let rc = archive_read_next_header(reader, &header)
            if rc == ARCHIVE_EOF { return }
            guard rc == ARCHIVE_OK || rc == ARCHIVE_WARN, let e = header else {
                throw HullError(.failure, "reading the archive: \(LayerExtractor.errorString(reader))")
            }
            guard let raw = archive_entry_pathname(e) else { continue }
            let path = try Self.relative(String(cString: raw))
            let kind: CopyEntry.Kind
            if let link = archive_entry_hardlink(e) {
                kind = .hardlink(try Self.relative(String(cString: link)))
            } else {
                switch mode_t(archive_entry_filetype(e)) {
                case Glibc.S_IFDIR: kind = .directory
                case Glibc.S_IFREG: kind = .file
                case Glibc.S_IFLNK: kind = .symlink(archive_entry_symlink(e).map { String(cString: $0) } ?? "")
                case let type: kind = .special(type, archive_entry_rdev(e))
                }
            }
            let mtime = timespec(tv_sec: archive_entry_mtime(e), tv_nsec: archive_entry_mtime_nsec(e))
            let entry = CopyEntry(path: path, kind: kind, mode: archive_entry_perm(e), uid: uid_t(archive_entry_uid(e)),
                                  gid: gid_t(archive_entry_gid(e)), size: archive_entry_size(e), mtime: mtime)
            try sink.add(entry, contents: kind == .file ? { buffer in
                archive_read_data(reader, buffer.baseAddress, buffer.count)
            } : nil)
        }
    }

    static func relative(_ name: String) throws(HullError) -> String {
        let parts = name.split(separator: "/").filter { $0 != "." }
        if parts.contains("..") { throw HullError(.failure, "archive entry \"\(name)\" leaves the destination") }
        return parts.joined(separator: "/")
    }
}
