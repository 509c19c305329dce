import ArgumentParser
import HullEngine

struct PodExists: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "exists",
        abstract: "Check whether a pod exists.",
        discussion: "Exit code 0 when it exists, 1 when it does not.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The pod's name or id.", completion: .custom(Completion.pods))
    var names: [String] = []

    func validate() throws {
        try ExistsArgument.check(names)
    }

    func execute(layout: StoreLayout) throws {
        if (try? PodStore(layout: layout).find(names[0])) ?? nil == nil { throw ExitCode(1) }
    }
}
