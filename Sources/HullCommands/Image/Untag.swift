import ArgumentParser
import HullEngine

struct Untag: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "untag",
        abstract: "Remove names from a local image.",
        discussion: "Without names, every name is removed; the image stays and shows as <none>.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The image: a name or an ID.", completion: .custom(Completion.images))
    var image: String

    @Argument(help: "The names to remove.")
    var names: [String] = []

    func execute(layout: StoreLayout) throws {
        try ImageTagger(layout: layout).untag(image, names: names)
    }
}
