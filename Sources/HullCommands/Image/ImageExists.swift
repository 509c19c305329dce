import ArgumentParser
import HullEngine

struct ImageExists: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "exists",
        abstract: "Check whether an image exists in local storage.",
        discussion: "Exit code 0 when it exists, 1 when it does not; nothing is printed.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The image, by name or ID.", completion: .custom(Completion.images))
    var names: [String] = []

    func validate() throws {
        try ExistsArgument.check(names)
    }

    func execute(layout: StoreLayout) throws {
        if try ImageStore(layout: layout).find(names[0]) == nil { throw ExitCode(1) }
    }
}
