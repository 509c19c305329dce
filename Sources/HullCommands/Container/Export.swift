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
        guard let output else {
            if isatty(1) == 1 { throw HullError(.failure, "refusing to export to terminal. Use -o flag or redirect") }
            try exporter.export(found, to: 1)
            return
        }
        let temp = output + ".hull-tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw HullError(.failure, "creating \(output): \(String(cString: strerror(errno)))") }
        do {
            try exporter.export(found, to: fd)
            guard rename(temp, output) == 0 else { throw HullError(.failure, "writing \(output): \(String(cString: strerror(errno)))") }
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
    }
}
