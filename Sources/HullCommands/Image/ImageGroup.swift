import ArgumentParser
import HullEngine

struct ImageGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image",
        abstract: "Manage images.",
        subcommands: [Build.self, ImageExists.self, History.self, Import.self, ImageInspect.self, ImageList.self, ImagePrune.self, Load.self, Pull.self, Push.self, ImageRm.self, Save.self, Tag.self, Untag.self])
}
