import CLibs
import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Writes what a COPY, ADD or WORKDIR adds straight into a layer tar: the
/// copied entries at their image paths, and before them their parent
/// directories with the owner, mode and time the image already gives them
/// (so the layer changes nothing but what was copied). Nothing is staged
/// on disk first: each file's bytes are read once, from where they are.
struct CopyLayerWriter {
    /// The image the layer goes on, for the parents' metadata.
    let image: LayeredTree
    /// Owner of directories the copy has to create (`--chown`).
    let createdOwner: (uid: UInt32, gid: UInt32)?

    func write(_ items: [CopyItem], to path: String) throws(HullError) {
        guard let archive = archive_write_new() else { throw HullError(.failure, "out of memory") }
        defer { archive_write_free(archive) }
        archive_write_set_format_pax_restricted(archive)
        guard archive_write_open_filename(archive, path) == ARCHIVE_OK else {
            throw HullError(.failure, "creating \(path): \(Self.errorString(archive))")
        }
        var written = Set<String>()
        for item in Self.ordered(items) {
            try writeParents(of: item.target, archive, &written)
            try add(item, archive)
            written.insert(item.target)
        }
        guard archive_write_close(archive) == ARCHIVE_OK else {
            throw HullError(.failure, "writing \(path): \(Self.errorString(archive))")
        }
    }

    /// Parents before children; a later item for the same path wins.
    static func ordered(_ items: [CopyItem]) -> [CopyItem] {
        var last: [String: CopyItem] = [:]
        for item in items { last[item.target] = item }
        return last.values.sorted { $0.target < $1.target }
    }

    private func writeParents(of target: String, _ archive: OpaquePointer, _ written: inout Set<String>) throws(HullError) {
        var path = ""
        for component in target.split(separator: "/").dropLast() {
            path += "/" + component
            guard !written.contains(path) else { continue }
            written.insert(path)
            var item = CopyItem(target: path, kind: .directory, mode: 0o755, uid: createdOwner?.uid ?? 0, gid: createdOwner?.gid ?? 0)
            if let (_, existing) = image.locate(path), (existing.st_mode & S_IFMT) == S_IFDIR {
                item.mode = existing.st_mode & 0o7777
                item.uid = existing.st_uid
                item.gid = existing.st_gid
                item.modified = existing.st_mtim
            }
            try add(item, archive)
        }
    }

    private func add(_ item: CopyItem, _ archive: OpaquePointer) throws(HullError) {
        guard let entry = archive_entry_new() else { throw HullError(.failure, "out of memory") }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname(entry, String(item.target.dropFirst()))
        switch item.kind {
        case .directory: archive_entry_set_filetype(entry, 0o040000)
        case .file: archive_entry_set_filetype(entry, 0o100000)
        case .symlink:
            archive_entry_set_filetype(entry, 0o120000)
            archive_entry_set_symlink(entry, item.linkTarget ?? "")
        }
        archive_entry_set_perm(entry, item.kind == .symlink ? 0o777 : item.mode)
        archive_entry_set_uid(entry, Int64(item.uid))
        archive_entry_set_gid(entry, Int64(item.gid))
        let time = item.modified ?? timespec(tv_sec: 0, tv_nsec: 0)
        archive_entry_set_mtime(entry, time.tv_sec, time.tv_nsec)
        archive_entry_set_size(entry, item.kind == .file ? item.size : 0)
        guard archive_write_header(archive, entry) >= ARCHIVE_WARN else {
            throw HullError(.failure, "adding \(item.target): \(Self.errorString(archive))")
        }
        guard item.kind == .file else { return }
        if let content = item.content {
            _ = content.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
            return
        }
        guard let source = item.hostPath else { return }
        let fd = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw HullError(.failure, "reading \(source): \(LinuxError("open").reason)") }
        defer { close(fd) }
        // Exactly the size the header promised, even if the file changed meanwhile.
        var remaining = item.size
        var buffer = [UInt8](repeating: 0, count: 1 << 17)
        while remaining > 0 {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, min($0.count, Int(remaining))) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw HullError(.failure, "reading \(source): \(n == 0 ? "the file shrank while it was copied" : LinuxError("read").reason)")
            }
            _ = buffer.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, n) }
            remaining -= Int64(n)
        }
    }

    static func errorString(_ archive: OpaquePointer) -> String {
        guard let s = archive_error_string(archive) else { return "unknown error" }
        return String(cString: s)
    }
}
