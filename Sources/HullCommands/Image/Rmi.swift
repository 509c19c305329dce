import ArgumentParser
import HullEngine

struct Rmi: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "rmi",
        abstract: "Remove one or more images from local storage.",
        discussion: "An image used by a container is refused unless --force, which removes those containers too.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Remove all images.")
    var all = false

    @Flag(name: .shortAndLong, help: "Force removal of the image and any containers using it.")
    var force = false

    @Flag(name: .shortAndLong, help: "Ignore errors when a specified image is missing.")
    var ignore = false

    @Argument(help: "Images to remove, by name or ID.", completion: .custom(Completion.images))
    var images: [String] = []

    func validate() throws {
        if images.isEmpty && !all { throw ValidationError("image name or ID must be specified") }
        if !images.isEmpty && all { throw ValidationError("when using the --all switch, you may not pass any images names or IDs") }
    }

    func execute(layout: StoreLayout) throws {
        // As Podman: --force also ignores missing images, so cleanup scripts
        // can `rmi -f` what may already be gone.
        let result = try ImageRemover(layout: layout).remove(all ? nil : images, force: force, ignoreMissing: ignore || force)
        for line in result.output { print(line) }
        if let failure = result.failure { throw failure }
    }
}
