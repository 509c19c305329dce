import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct ContainerInspect: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Display the configuration of a container.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Format the output using a Go template, or json (the default).")
    var format: String?

    @Argument(help: "Containers, by name or ID.", completion: .custom(Completion.containers))
    var names: [String]

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        var values: [TemplateValue] = []
        var failure: HullError?
        for name in names {
            do throws(HullError) {
                let c = try store.require(name)
                values.append(ContainerView.inspect(c, logPath: ContainerMonitor.logPath(layout, c.id),
                                                    volumes: VolumeStore(layout: layout),
                                                    imageDigest: (try? ImageStore(layout: layout).requireByID(c.config.imageID))?.digest,
                                                    health: HealthStore(layout: layout).results(for: c) ?? HealthResults()))
            } catch {
                let e = error
                failure = e
            }
        }
        try InspectPrinter.print(values, format: format)
        if let failure { throw failure }
    }
}
