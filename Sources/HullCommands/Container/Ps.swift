import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Ps: StoreCommand {
    static let configuration = CommandConfiguration(
        abstract: "List containers.",
        discussion: "Running containers by default; --all for all of them.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Show all the containers, default is only running containers.")
    var all = false

    @Flag(name: .long, help: "Show containers in storage not controlled by hull (hull has none; accepted as Podman's scripts pass it).")
    var external = false

    @Flag(name: .shortAndLong, help: "Print the numeric IDs of the containers only.")
    var quiet = false

    @Flag(name: .customLong("no-trunc"), help: "Display the extended information.")
    var noTrunc = false

    @Flag(name: .long, help: "Do not print headers.")
    var noheading = false

    @Option(name: [.customShort("n"), .long], help: "Print the n last created containers (all states); -1: all.")
    var last: Int = -1

    @Flag(name: .shortAndLong, help: "Act on the latest container hull is aware of.")
    var latest = false

    @Flag(name: .shortAndLong, help: "Display the total file sizes.")
    var size = false

    @Option(name: .long, help: "Sort output by: command, created, id, image, names, runningfor, size, status.")
    var sort: PsSortKey = .created

    @Flag(name: .shortAndLong, help: "Show the pod of each container (POD ID and PODNAME columns).")
    var pod = false

    @Option(name: .long, help: "Pretty-print containers using a Go template, or json.")
    var format: String?

    @Option(name: [.customShort("f"), .long], help: "Filter output: id, name (regex), status, label, ancestor, exited, before, since.")
    var filter: [String] = []

    static let defaultFormat = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}"
    static let headers = ["ID": "CONTAINER ID", "Image": "IMAGE", "Command": "COMMAND", "CreatedHuman": "CREATED",
                          "Status": "STATUS", "Ports": "PORTS", "Names": "NAMES", "CreatedAt": "CREATED AT",
                          "State": "STATE", "ImageID": "IMAGE ID", "Labels": "LABELS", "Pid": "PID",
                          "ExitCode": "EXIT CODE", "RunningFor": "CREATED", "Mounts": "MOUNTS", "Networks": "NETWORKS",
                          "Size": "SIZE", "Pod": "POD ID", "PodName": "PODNAME"]

    func validate() throws {
        if latest && last != -1 { throw ValidationError("last and latest are mutually exclusive") }
    }

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        var filters = try ContainerFilter.parse(filter)
        try filters.resolve(in: store)
        // --last and --latest pick among all containers, as in Podman.
        let lastCount = latest ? 1 : last
        let showAll = all || filters.impliesAll || lastCount >= 0
        let now = Date()
        var containers = store.list()
            .filter { showAll || [.running, .paused, .stopping].contains($0.state.status) }
            .filter(filters.matches)
            .sorted { $0.config.created < $1.config.created }
        if lastCount > 0 { containers = Array(containers.suffix(lastCount)) }
        var sizes: [String: ContainerSize] = [:]
        if size {
            let imageSizes = Dictionary(ImageStore(layout: layout).list().map { ($0.id, $0.size) }, uniquingKeysWith: { a, _ in a })
            for c in containers { sizes[c.id] = ContainerSize.measure(c, store: store, imageSizes: imageSizes) }
        }
        containers = sort.sorted(containers, sizes: sizes)
        if quiet {
            for c in containers { print(noTrunc ? c.id : String(c.id.prefix(12))) }
            return
        }
        let healthStore = HealthStore(layout: layout)
        if let format, OutputFormat.isJSON(format) {
            print(TemplateValue.list(containers.map {
                ContainerView.psJSON($0, now: now, size: sizes[$0.id], health: healthStore.results(for: $0))
            }).prettyJSONString())
            return
        }
        var rows = containers.map {
            ContainerView.psRow($0, now: now, truncate: !noTrunc, size: sizes[$0.id], health: healthStore.results(for: $0))
        }
        var table = size ? Self.defaultFormat + "\t{{.Size}}" : Self.defaultFormat
        if pod {
            rows = PodColumns(layout: layout).addingPodName(rows, containers)
            table += "\t{{.Pod}}\t{{.PodName}}"
        }
        try Output.printTable(format: format ?? table, rows: rows, headers: Self.headers, noHeading: noheading,
                              templateName: "ps")
    }
}
