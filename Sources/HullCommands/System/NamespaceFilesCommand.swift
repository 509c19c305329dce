import ArgumentParser
import HullEngine

/// Hidden: hull re-executed in the user's namespace to do file work there
/// (see NamespaceFileWork). Not for people.
struct NamespaceFilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: NamespaceFileWork.hiddenCommand, shouldDisplay: false)

    @Argument var plan: String

    func run() throws {
        throw ExitCode(NamespaceFileWork.perform(planPath: plan))
    }
}
