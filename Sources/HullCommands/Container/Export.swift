import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct Export: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a container's file system as a tar archive.",
        discussion: "The merged view (the image's layers with the container's changes) as one flat tar, to --output or stdout. `hull import` turns it back into an image.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.", completion: .file())
    var output: String?

    @Argument(help: "The container: a name or an ID.", completion: .custom(Completion.containers))
    var container: String

    func execute(layout: StoreLayout) throws {
        let found = try ContainerStore(layout: layout).require(container)
        let exporter = ContainerExporter(layout: layout)
        try OutputFile.write(to: output, what: "export") { fd in try exporter.export(found, to: fd) }
    }
}
