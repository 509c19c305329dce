import ArgumentParser
import HullEngine

struct ImageGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image",
        abstract: "Manage images.",
        subcommands: [History.self, Import.self, ImageInspect.self, ImageList.self, ImagePrune.self, Load.self, Pull.self, Push.self, ImageRm.self, Save.self, Tag.self, Untag.self])
}

struct ImageList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls", abstract: "List images in local storage.", aliases: ["list"])

    @OptionGroup var images: Images

    func run() throws { try images.run() }
}

struct ImageInspect: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Display the configuration of an image.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Format the output using a Go template, or json (the default).")
    var format: String?

    @Argument(help: "Images, by name or ID.", completion: .custom(Completion.images))
    var names: [String]

    func execute(layout: StoreLayout) throws {
        let store = ImageStore(layout: layout)
        var values: [TemplateValue] = []
        var failure: HullError?
        for name in names {
            do throws(HullError) {
                values.append(ImageView.inspect(try store.load(store.require(name))))
            } catch {
                let e = error
                failure = e
            }
        }
        try InspectPrinter.print(values, format: format)
        if let failure { throw failure }
    }
}

/// `image rm` = `rmi`.
struct ImageRm: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove one or more images from local storage.")

    @OptionGroup var rmi: Rmi

    func run() throws { try rmi.run() }
}
