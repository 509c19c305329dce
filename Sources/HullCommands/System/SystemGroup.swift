import ArgumentParser

struct SystemGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "system",
        abstract: "Manage the store as a whole.",
        subcommands: [SystemPrune.self, SystemDf.self, SystemReset.self, Info.self, Events.self])
}
