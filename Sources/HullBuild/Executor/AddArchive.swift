import CLibs
import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// ADD of a local tar archive (plain, gzip or zstd, recognised by its
/// content, not its name): its entries are unpacked into the destination
/// directory instead of the archive being copied. Paths are cleaned and
/// may not climb out of the destination; devices and hard links are left
/// out.
enum AddArchive {
    /// Whether the file starts like an archive ADD unpacks.
    static func isArchive(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 512)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 512, 0) }
        if n >= 2, head[0] == 0x1f, head[1] == 0x8b { return true }
        if n >= 4, head[0] == 0x28, head[1] == 0xb5, head[2] == 0x2f, head[3] == 0xfd { return true }
        // ustar magic at offset 257.
        return n >= 262 && Array(head[257..<262]) == Array("ustar".utf8)
    }

    static func items(of path: String, into destination: String, owner: (uid: UInt32, gid: UInt32)?) throws(HullError) -> [CopyItem] {
        guard let archive = archive_read_new() else { throw HullError(.failure, "out of memory") }
        defer { archive_read_free(archive) }
        archive_read_support_filter_gzip(archive)
        archive_read_support_filter_zstd(archive)
        archive_read_support_format_tar(archive)
        guard archive_read_open_filename(archive, path, 1 << 16) == ARCHIVE_OK else {
            throw HullError(.failure, "reading the archive \(path): \(CopyLayerWriter.errorString(archive))")
        }
        var items: [CopyItem] = []
        var entry: OpaquePointer?
        while true {
            let r = archive_read_next_header(archive, &entry)
            if r == ARCHIVE_EOF { break }
            guard r >= ARCHIVE_WARN, let entry else {
                throw HullError(.failure, "reading the archive \(path): \(CopyLayerWriter.errorString(archive))")
            }
            guard let rawName = archive_entry_pathname(entry) else { continue }
            let name = ContextPath.clean(String(cString: rawName))
            guard name != ".", !ContextPath.leaves(name.hasPrefix("/") ? String(name.dropFirst()) : name) else { continue }
            let target = ContextPath.join(destination, name.hasPrefix("/") ? String(name.dropFirst()) : name)
            let type = archive_entry_filetype(entry)
            var item = CopyItem(target: target, kind: .file, mode: mode_t(archive_entry_perm(entry)),
                                uid: owner?.uid ?? UInt32(clamping: archive_entry_uid(entry)),
                                gid: owner?.gid ?? UInt32(clamping: archive_entry_gid(entry)))
            item.modified = timespec(tv_sec: archive_entry_mtime(entry), tv_nsec: Int(archive_entry_mtime_nsec(entry)))
            switch type {
            case 0o040000:
                item.kind = .directory
            case 0o120000:
                item.kind = .symlink
                item.linkTarget = archive_entry_symlink(entry).map { String(cString: $0) } ?? ""
            case 0o100000:
                var bytes: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 1 << 16)
                while true {
                    let n = buffer.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
                    if n == 0 { break }
                    guard n > 0 else {
                        throw HullError(.failure, "reading the archive \(path): \(CopyLayerWriter.errorString(archive))")
                    }
                    bytes += buffer[..<n]
                }
                item.content = bytes
                item.size = Int64(bytes.count)
            default:
                continue
            }
            items.append(item)
        }
        return items
    }
}
