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

    @Flag(name: .long, help: "Accepted for Podman compatibility: hull's archives always hold uncompressed layers.")
    var uncompressed = false

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
