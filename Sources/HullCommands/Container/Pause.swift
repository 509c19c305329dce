import ArgumentParser
import HullEngine

struct Pause: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "Pause all the processes in one or more containers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: FreezeTargets

    func execute(layout: StoreLayout) throws { try targets.apply(frozen: true, layout: layout) }
}
