import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Short names for layer directories, as containers/storage's `l/` links:
/// the kernel takes an overlay's options in one page, which a hundred
/// layers named by their full digests overflow. `layers/l/<10 hex>` is a
/// symlink to `../<the layer's dir>`, a dozen bytes in lowerdir instead of
/// seventy. Made when an image first needs them; dangling ones go with
/// unused layers (LayerStore.removeUnused).
struct ShortLayerLinks {
    static let directoryName = "l"
    static let nameLength = 10

    let layersDir: String

    /// Each relative lower dir as its short link, made if missing. A name
    /// taken by another target (a hash prefix collision) keeps the long
    /// name for that layer; absolute dirs are kept as they are.
    func shorten(_ lowerDirs: [String]) throws(HullError) -> [String] {
        let dir = layersDir + "/" + Self.directoryName
        // Only inside an existing layer store: without one there is
        // nothing to link to.
        guard mkdir(dir, 0o700) == 0 || errno == EEXIST else {
            if errno == ENOENT { return lowerDirs }
            throw HullError(.failure, "making \(dir): \(LinuxError("mkdir").reason)")
        }
        return try lowerDirs.map { (lower) throws(HullError) in
            guard !lower.hasPrefix("/") else { return lower }
            let name = String(SHA256Hasher.hexDigest(of: Array(lower.utf8)).prefix(Self.nameLength))
            let link = dir + "/" + name
            let target = "../" + lower
            if symlink(target, link) == 0 { return Self.directoryName + "/" + name }
            guard errno == EEXIST else {
                throw HullError(.failure, "linking \(link): \(LinuxError("symlink").reason)")
            }
            if Self.readLink(link) == target { return Self.directoryName + "/" + name }
            if access(link, F_OK) != 0 {
                // Dangling (its layer was removed): a collision no more.
                unlink(link)
                if symlink(target, link) == 0 { return Self.directoryName + "/" + name }
            }
            return lower
        }
    }

    /// Removes links whose layer directory is gone.
    static func removeDangling(layersDir: String) {
        let dir = layersDir + "/" + directoryName
        for name in (try? FileSystem.list(dir)) ?? [] where access(dir + "/" + name, F_OK) != 0 {
            unlink(dir + "/" + name)
        }
    }

    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
