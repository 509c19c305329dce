import ArgumentParser
import HullEngine

struct VolumeExists: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "exists",
        abstract: "Check whether a volume exists.",
        discussion: "Exit code 0 when it exists, 1 when it does not.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The volume's name.", completion: .custom(Completion.volumes))
    var names: [String] = []

    func validate() throws {
        try ExistsArgument.check(names)
    }

    func execute(layout: StoreLayout) throws {
        if !VolumeStore(layout: layout).exists(names[0]) { throw ExitCode(1) }
    }
}
