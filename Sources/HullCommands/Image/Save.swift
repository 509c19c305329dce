import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct Save: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Save images to an archive.",
        discussion: "Writes a docker-archive (default) or an oci-archive to the file given by --output, or to stdout when it is not a terminal. Layers keep their digests, so a load gives back the same image IDs.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.", completion: .file())
    var output: String?

    @Option(name: .long, help: "Archive format: docker-archive or oci-archive.")
    var format = "docker-archive"

    @Flag(name: [.short, .customLong("multi-image-archive")], help: "Accepted for Podman compatibility: several images always share one archive.")
    var multiImage = false

    @Flag(name: .shortAndLong, help: "Suppress progress output.")
    var quiet = false

    @Argument(help: "The images: names or IDs.", completion: .custom(Completion.images))
    var images: [String] = []

    func execute(layout: StoreLayout) throws {
        guard !images.isEmpty else { throw HullError(.failure, "at least one image is required") }
        guard let kind = ImageArchiveFormat(rawValue: format) else {
            throw HullError(.failure, "unsupported format \"\(format)\": use docker-archive or oci-archive")
        }
        let writer = ImageArchiveWriter(layout: layout)
        try OutputFile.write(to: output, what: "save") { fd in try writer.save(images, format: kind, to: fd) }
    }
}

struct Load: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load images from an archive.",
        discussion: "Reads a docker-archive or an oci-archive (plain, gzip or zstd) from --input or stdin.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Read from this file instead of stdin.", completion: .file())
    var input: String?

    @Flag(name: .shortAndLong, help: "Suppress progress output.")
    var quiet = false

    func execute(layout: StoreLayout) throws {
        let fd: Int32
        if let input {
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
