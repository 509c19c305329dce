import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct VolumeImport: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a tar archive into a volume.",
        discussion: "Unpacks the tarball (plain or compressed; - reads stdin) into the existing volume's content.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The volume's name.", completion: .custom(Completion.volumes))
    var name: String

    @Argument(help: "The tarball, or - for stdin.", completion: .file())
    var source: String

    func execute(layout: StoreLayout) throws {
        let archive = VolumeArchive(layout: layout)
        // Podman's words and exit code for a missing volume here.
        guard VolumeStore(layout: layout).exists(name) else { throw HullError(.failure, "no such volume \(name)") }
        if source == "-" {
            try archive.importArchive(name, from: 0, source: "stdin")
            return
        }
        let fd = open(source, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw HullError(.failure, "open \(source): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try archive.importArchive(name, from: fd, source: source)
    }
}
