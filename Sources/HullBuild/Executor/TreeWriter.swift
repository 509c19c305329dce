import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Writes copy items as plain files under a directory: a context archive
/// from stdin, or what `RUN --mount=type=bind,from=...` shows of another
/// stage. Targets are absolute and clean (the planners made them so), so
/// nothing lands outside the directory.
struct TreeWriter {
    let root: String
    /// Keep the items' owners (root only can).
    let keepOwners: Bool

    func write(_ items: [CopyItem]) throws(HullError) {
        var directories: [CopyItem] = []
        for item in CopyLayerWriter.ordered(items) {
            let path = root + item.target
            let parent = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
            if !FileSystem.isDirectory(parent) { try? FileSystem.makeDirectories(parent, mode: 0o755) }
            switch item.kind {
            case .directory:
                if !FileSystem.isDirectory(path), mkdir(path, 0o700) != 0 { throw failure("mkdir", path) }
                directories.append(item)
            case .symlink:
                unlink(path)
                guard symlink(item.linkTarget ?? "", path) == 0 else { throw failure("symlink", path) }
            case .file:
                unlink(path)
                try copy(item, to: path)
                chmod(path, item.mode)
            }
            if keepOwners { lchown(path, item.uid, item.gid) }
        }
        // Last: a directory's own mode may forbid writing into it.
        for dir in directories.reversed() { chmod(root + dir.target, dir.mode) }
    }

    private func copy(_ item: CopyItem, to path: String) throws(HullError) {
        let out = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw failure("open", path) }
        defer { close(out) }
        if let content = item.content {
            guard content.withUnsafeBytes({ FileSystem.writeAll(out, $0) }) else { throw failure("write", path) }
            return
        }
        guard let source = item.hostPath else { return }
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw failure("open", source) }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 17)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n == 0 { return }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("read", source)
            }
            guard buffer.withUnsafeBytes({ FileSystem.writeAll(out, UnsafeRawBufferPointer(rebasing: $0[..<n])) }) else {
                throw failure("write", path)
            }
        }
    }

    private func failure(_ op: String, _ path: String) -> HullError {
        HullError(.failure, "writing \(path): \(LinuxError(op, path: path).reason)")
    }
}
