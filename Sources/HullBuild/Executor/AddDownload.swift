import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// ADD of an http(s) URL: the body is downloaded into the store's tmp/
/// (and hashed like any source, so an unchanged download is a cache hit)
/// and lands as a file of mode 0600, named after the URL's last path
/// component. It is not unpacked, as in Docker.
enum AddDownload {
    static func isURL(_ word: String) -> Bool {
        word.hasPrefix("http://") || word.hasPrefix("https://")
    }

    /// The downloaded file's path; the caller removes it.
    static func fetch(_ url: String, layout: StoreLayout) throws(HullError) -> String {
        let path = layout.tmpDir + "/buildadd-\(getpid())-\(Identifier.random().prefix(12))"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HullError(.failure, "creating \(path): \(LinuxError("open").reason)") }
        defer { close(fd) }
        var failed = false
        let response: HTTPResponse
        do {
            response = try HTTPClient(verifyTLS: true).send("GET", url) { status, chunk in
                guard status == 200 else { return true }
                if !FileSystem.writeAll(fd, chunk) { failed = true }
                return !failed
            }
        } catch let error as TransportError {
            unlink(path)
            throw HullError(.failure, "downloading \(url): \(error.description)", cause: error)
        } catch {
            unlink(path)
            throw HullError.wrap(error, "downloading \(url)")
        }
        guard response.status == 200, !failed else {
            unlink(path)
            throw HullError(.failure, "downloading \(url): \(failed ? "writing \(path) failed" : "HTTP status \(response.status)")")
        }
        return path
    }

    /// The file name a URL's download gets.
    static func fileName(_ url: String) -> String {
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        let afterHost = path.split(separator: "/", omittingEmptySubsequences: true).dropFirst(2)
        return afterHost.last.map(String.init) ?? "index.html"
    }
}
