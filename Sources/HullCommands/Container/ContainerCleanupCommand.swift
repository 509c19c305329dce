import ArgumentParser
import HullEngine

/// Run by a monitor's keeper once it has reaped a container whose monitor
/// died: records its exit or removes it (see ContainerOrphans). Not for users.
struct ContainerCleanupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: ContainerOrphans.hiddenCommand, shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Argument var id: String

    func run() throws {
        ContainerOrphans(layout: global.layout).settle(id, asKeeper: true)
    }
}
