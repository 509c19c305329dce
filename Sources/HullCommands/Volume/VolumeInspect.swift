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

struct VolumeExists: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "exists",
        abstract: "Check whether a volume exists.",
        discussion: "Exit code 0 when it exists, 1 when it does not.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The volume's name.", completion: .custom(Completion.volumes))
    var name: String

    func execute(layout: StoreLayout) throws {
        if !VolumeStore(layout: layout).exists(name) { throw ExitCode(1) }
    }
}
