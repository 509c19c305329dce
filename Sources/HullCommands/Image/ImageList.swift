import ArgumentParser
import HullEngine

struct ImageList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls", abstract: "List images in local storage.", aliases: ["list"])

    @OptionGroup var images: Images

    func run() throws { try images.run() }
}
