import ArgumentParser
import HullEngine

struct Tag: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Add an additional name to a local image.",
        discussion: "A name without a registry becomes localhost/NAME; a name held by another image moves to this one.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The image: a name or an ID.", completion: .custom(Completion.images))
    var image: String

    @Argument(help: "The new names: [REGISTRY/]NAME[:TAG].")
    var targets: [String] = []

    func execute(layout: StoreLayout) throws {
        guard !targets.isEmpty else { throw ValidationError("at least two arguments are required: IMAGE TARGET_NAME") }
        try ImageTagger(layout: layout).tag(image, as: targets)
    }
}
