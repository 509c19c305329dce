import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `load -i URL`: the archive is downloaded first, as Podman does, into a
/// file under the store's tmp/ that is unlinked at once (a killed download
/// leaves nothing), then loaded from it like a local archive.
public enum ArchiveDownload {
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://")
    }

    /// An open, rewound descriptor of the downloaded archive.
    public static func fetch(_ url: String, layout: StoreLayout) throws(HullError) -> Int32 {
        try layout.prepare()
        let path = layout.tempPath("download", Identifier.random().prefix(12))
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HullError(.failure, "downloading \(url): \(LinuxError("open", path: path).reason)") }
        unlink(path)
        var writeFailed: LinuxError?
        let response: HTTPResponse
        do {
            response = try HTTPClient(verifyTLS: true).send("GET", url) { _, chunk in
                guard FileSystem.writeAll(fd, chunk) else {
                    writeFailed = LinuxError("write", path: path)
                    return false
                }
                return true
            }
        } catch let error as TransportError {
            close(fd)
            throw HullError(.failure, "downloading \(url): \(error.description)")
        } catch {
            close(fd)
            throw HullError.wrap(error, "downloading \(url)")
        }
        if let writeFailed {
            close(fd)
            throw HullError(.failure, "downloading \(url): \(writeFailed.reason)")
        }
        guard (200..<300).contains(response.status) else {
            close(fd)
            throw HullError(.failure, "downloading \(url): the server answered \(response.status)")
        }
        lseek(fd, 0, SEEK_SET)
        return fd
    }
}
