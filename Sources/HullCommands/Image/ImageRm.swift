import ArgumentParser
import HullEngine

/// `image rm` = `rmi`.
struct ImageRm: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove one or more images from local storage.")

    @OptionGroup var rmi: Rmi

    func run() throws { try rmi.run() }
}
