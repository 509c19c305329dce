import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull build - < context.tar[.gz]`: a build context sent as a tar
/// archive on stdin, unpacked into the store's tmp/ for the build (and
/// removed after it; a killed build's copy is swept as any tmp leftover).
/// Entries are kept inside the directory; owners are not restored, COPY
/// gives files to root anyway.
public struct ContextArchive {
    public let directory: String

    /// Whether stdin's bytes are an archive rather than a Containerfile.
    public static func looksLikeArchive(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, bytes[0] == 0x1f, bytes[1] == 0x8b { return true }
        if bytes.count >= 4, bytes[0] == 0x28, bytes[1] == 0xb5, bytes[2] == 0x2f, bytes[3] == 0xfd { return true }
        return bytes.count >= 262 && Array(bytes[257..<262]) == Array("ustar".utf8)
    }

    public static func unpack(_ bytes: [UInt8], layout: StoreLayout) throws(HullError) -> ContextArchive {
        try layout.prepare()
        let stem = layout.tmpDir + "/buildcontext-\(getpid())-\(Identifier.random().prefix(12))"
        let archive = stem + ".tar"
        do {
            try AtomicFile.write(bytes, to: archive, mode: 0o600, durable: false)
            try FileSystem.makeDirectories(stem, mode: 0o700)
        } catch {
            throw HullError(.failure, "storing the context from stdin: \(error)", cause: error)
        }
        defer { unlink(archive) }
        let context = ContextArchive(directory: stem)
        do {
            for item in try AddArchive.items(of: archive, into: "/", owner: nil) {
                try context.write(item)
            }
        } catch {
            context.remove()
            throw error
        }
        return context
    }

    private func write(_ item: CopyItem) throws(HullError) {
        let path = directory + item.target
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        try? FileSystem.makeDirectories(parent, mode: 0o755)
        switch item.kind {
        case .directory:
            if !FileSystem.isDirectory(path), mkdir(path, 0o755) != 0 {
                throw HullError(.failure, "unpacking the context: \(LinuxError("mkdir", path: path).reason)")
            }
            chmod(path, item.mode | 0o700)
        case .symlink:
            unlink(path)
            guard symlink(item.linkTarget ?? "", path) == 0 else {
                throw HullError(.failure, "unpacking the context: \(LinuxError("symlink", path: path).reason)")
            }
        case .file:
            do {
                try AtomicFile.write(item.content ?? [], to: path, mode: item.mode, durable: false)
            } catch {
                throw HullError(.failure, "unpacking the context: \(error)", cause: error)
            }
        }
    }

    public func remove() {
        try? FileSystem.removeTree(directory)
    }
}
