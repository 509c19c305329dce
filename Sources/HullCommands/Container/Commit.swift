import ArgumentParser
import HullEngine

struct Commit: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: "Create a new image from a container's changes.",
        discussion: "A name without a registry is stored as localhost/NAME. Prints the new image's ID.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, ...).")
    var change: [String] = []

    @Option(name: .shortAndLong, help: "Commit message.")
    var message: String?

    @Option(name: .shortAndLong, help: "Author of the image.")
    var author: String?

    @Flag(name: .shortAndLong, help: "Print only the image ID.")
    var quiet = false

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var container: String

    @Argument(help: "A name for the new image.")
    var image: String?

    func execute(layout: StoreLayout) throws {
        let c = try ContainerStore(layout: layout).require(container)
        var options = ImageCommitter.Options()
        options.name = image
        options.changes = change
        options.message = message
        options.author = author
        let record = try ImageCommitter(layout: layout).commit(c, options)
        print(record.id)
    }
}
