import ArgumentParser
import HullEngine

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
