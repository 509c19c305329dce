import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// A directory laid out as the layer a COPY (or WORKDIR) adds: the
/// copied entries at their image paths, and their parent directories
/// with the owner, mode and time the image already gives them, so the
/// layer changes nothing but what was copied.
struct StagingTree {
    let root: String
    let image: LayeredTree
    /// Owner of directories the copy has to create (`--chown`).
    let createdOwner: (uid: UInt32, gid: UInt32)?

    func write(_ items: [CopyItem]) throws(HullError) {
        var directories: [CopyItem] = []
        for item in items.sorted(by: { $0.target < $1.target }) {
            try makeParents(of: item.target)
            let path = root + item.target
            switch item.kind {
            case .directory:
                var st = stat()
                if lstat(path, &st) != 0, mkdir(path, 0o700) != 0 {
                    throw failure("mkdir", item.target)
                }
                directories.append(item)
            case .symlink:
                unlink(path)
                guard symlink(item.linkTarget ?? "", path) == 0 else { throw failure("symlink", item.target) }
            case .file:
                unlink(path)
                try copyFile(item, to: path)
            }
            guard lchown(path, item.uid, item.gid) == 0 else { throw failure("lchown", item.target) }
            if item.kind != .symlink, chmod(path, item.mode) != 0 { throw failure("chmod", item.target) }
            if item.kind != .directory { setTime(path, item.modified) }
        }
        // Last: writing into a directory changes its time.
        for dir in directories.reversed() { setTime(root + dir.target, dir.modified) }
    }

    private func makeParents(of target: String) throws(HullError) {
        var made: [(String, timespec?)] = []
        var path = ""
        for component in target.split(separator: "/").dropLast() {
            path += "/" + component
            var st = stat()
            if lstat(root + path, &st) == 0 { continue }
            guard mkdir(root + path, 0o755) == 0 else { throw failure("mkdir", path) }
            if let (_, existing) = image.locate(path), (existing.st_mode & S_IFMT) == S_IFDIR {
                lchown(root + path, existing.st_uid, existing.st_gid)
                chmod(root + path, existing.st_mode & 0o7777)
                made.append((path, existing.st_mtim))
            } else if let createdOwner {
                lchown(root + path, createdOwner.uid, createdOwner.gid)
            }
        }
        for (p, time) in made.reversed() { setTime(root + p, time) }
    }

    private func copyFile(_ item: CopyItem, to path: String) throws(HullError) {
        let out = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw failure("open", item.target) }
        defer { close(out) }
        if let content = item.content {
            guard content.withUnsafeBytes({ FileSystem.writeAll(out, $0) }) else { throw failure("write", item.target) }
            return
        }
        guard let source = item.hostPath else { return }
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw failure("open", source) }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n == 0 { return }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("read", source)
            }
            guard buffer.withUnsafeBytes({ FileSystem.writeAll(out, UnsafeRawBufferPointer(rebasing: $0[..<n])) }) else {
                throw failure("write", item.target)
            }
        }
    }

    private func setTime(_ path: String, _ time: timespec?) {
        guard let time else { return }
        var times = [time, time]
        utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
    }

    private func failure(_ op: String, _ path: String) -> HullError {
        HullError(.failure, "copying \(path): \(LinuxError(op, path: path).reason)")
    }
}
