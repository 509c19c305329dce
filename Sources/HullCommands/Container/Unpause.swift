import ArgumentParser
import HullEngine

struct Unpause: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "unpause", abstract: "Unpause the processes in one or more containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: FreezeTargets

    func execute(layout: StoreLayout) throws { try targets.apply(frozen: false, layout: layout) }
}
