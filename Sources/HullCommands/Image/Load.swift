import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct Load: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load images from an archive.",
        discussion: "Reads a docker-archive or an oci-archive (plain, gzip or zstd) from --input or stdin.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Read from this file (or http(s) URL) instead of stdin.", completion: .file())
    var input: String?

    @Flag(name: .shortAndLong, help: "Suppress progress output.")
    var quiet = false

    func execute(layout: StoreLayout) throws {
        let fd: Int32
        if let input, ArchiveDownload.isURL(input) {
            fd = try ArchiveDownload.fetch(input, layout: layout)
        } else if let input {
            fd = open(input, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw HullError(.failure, "opening \(input): \(String(cString: strerror(errno)))") }
        } else {
            if isatty(0) == 1 { throw HullError(.failure, "cannot read from terminal, use -i or redirect stdin") }
            fd = dup(0)
        }
        defer { close(fd) }
        for name in try ImageArchiveLoader(layout: layout).load(from: fd, source: input ?? "stdin") {
            print("Loaded image: \(name)")
        }
    }
}
