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
            let items = try AddArchive.items(of: archive, into: "/", owner: nil).map { item -> CopyItem in
                var owned = item
                // Readable and writable by hull whatever the archive says.
                owned.mode |= item.kind == .directory ? 0o700 : 0o600
                return owned
            }
            try TreeWriter(root: stem, keepOwners: false).write(items)
        } catch {
            context.remove()
            throw error
        }
        return context
    }

    public func remove() {
        try? FileSystem.removeTree(directory)
    }
}
