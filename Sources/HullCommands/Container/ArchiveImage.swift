import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// `run docker-archive:PATH` and `oci-archive:PATH`: the image is the one
/// the archive holds, loaded into the store first (as Podman's transports
/// copy it), whatever `--pull` says.
enum ArchiveImage {
    static let transports = ["docker-archive:", "oci-archive:"]

    /// nil when `image` names no archive.
    static func load(_ image: String, layout: StoreLayout) throws -> ImageRecord? {
        guard let transport = transports.first(where: image.hasPrefix) else { return nil }
        var path = String(image.dropFirst(transport.count))
        // PATH[:REFERENCE]: the reference picks an image of a multi-image
        // archive in Podman; hull loads them all and runs the first.
        if !FileSystemPaths.exists(path), let colon = path.lastIndex(of: ":") { path = String(path[..<colon]) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw HullError(.failure, "opening file \"\(path)\": open \(path): \(String(cString: strerror(errno)).lowercased())")
        }
        defer { close(fd) }
        let names = try ImageArchiveLoader(layout: layout).load(from: fd, source: path)
        guard let first = names.first else { throw HullError(.failure, "\(path) holds no image") }
        return try ImageStore(layout: layout).require(first)
    }
}

/// Existence without HullLinux (not a dependency of the commands).
enum FileSystemPaths {
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }
}
