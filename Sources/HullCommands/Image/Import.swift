import ArgumentParser
import HullEngine

struct Import: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a tarball to create a filesystem image.",
        discussion: "The tarball (plain, gzip or zstd; '-' reads stdin) becomes an image of one layer. A name without a registry is stored as localhost/NAME.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, EXPOSE, VOLUME, STOPSIGNAL).")
    var change: [String] = []

    @Option(name: .shortAndLong, help: "Set the commit message of the imported layer.")
    var message: String?

    @Flag(name: .shortAndLong, help: "Suppress progress output.")
    var quiet = false

    @Argument(help: "The tarball to import, or - for stdin.", completion: .file())
    var source: String

    @Argument(help: "A name for the new image.")
    var reference: String?

    func execute(layout: StoreLayout) throws {
        let record = try ImageImporter(layout: layout).importTarball(path: source, name: reference, changes: change, message: message)
        print(record.id)
    }
}
