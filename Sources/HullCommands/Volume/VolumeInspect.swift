import ArgumentParser
import HullEngine

struct VolumeInspect: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Display the details of volumes.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Format the output using a Go template, or json (the default).")
    var format: String?

    @Flag(name: .shortAndLong, help: "Inspect all volumes.")
    var all = false

    @Argument(help: "Volumes, by name.", completion: .custom(Completion.volumes))
    var names: [String] = []

    func validate() throws {
        if names.isEmpty && !all { throw ValidationError("provide one or more volume names or use --all") }
    }

    func execute(layout: StoreLayout) throws {
        let store = VolumeStore(layout: layout)
        let usage = VolumeUsage(layout: layout)
        var values: [TemplateValue] = []
        var failure: HullError?
        for name in all ? store.list().map(\.name) : names {
            do throws(HullError) {
                let v = try store.load(name)
                values.append(VolumeView.inspect(v, mountpoint: store.mountpoint(v), mountCount: usage.count(name)))
            } catch {
                failure = error.with(code: .failure)
            }
        }
        try InspectPrinter.print(values, format: format)
        if let failure { throw failure }
    }
}
