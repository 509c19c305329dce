import ArgumentParser
import HullEngine

struct VolumeExport: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a volume's content as a tar archive.",
        discussion: "Writes to the file given by --output, or to stdout when it is not a terminal.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.", completion: .file())
    var output: String?

    @Argument(help: "The volume's name.", completion: .custom(Completion.volumes))
    var name: String

    func execute(layout: StoreLayout) throws {
        let archive = VolumeArchive(layout: layout)
        // Podman's words and exit code for a missing volume here.
        guard VolumeStore(layout: layout).exists(name) else { throw HullError(.failure, "no such volume \(name)") }
        try OutputFile.write(to: output, what: "export") { fd in try archive.export(name, to: fd) }
    }
}
