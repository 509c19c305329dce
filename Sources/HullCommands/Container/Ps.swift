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

    @Flag(name: .shortAndLong, help: "Print the numeric IDs of the containers only.")
    var quiet = false

    @Flag(name: .customLong("no-trunc"), help: "Display the extended information.")
    var noTrunc = false

    @Flag(name: [.customShort("n"), .long], help: "Do not print headers.")
    var noheading = false

    @Option(name: .long, help: "Pretty-print containers using a Go template, or json.")
    var format: String?

    @Option(name: [.customShort("f"), .long], help: "Filter output: id, name (regex), status, label, ancestor, exited, before, since.")
    var filter: [String] = []

    static let defaultFormat = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.CreatedHuman}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}"
    static let headers = ["ID": "CONTAINER ID", "Image": "IMAGE", "Command": "COMMAND", "CreatedHuman": "CREATED",
                          "Status": "STATUS", "Ports": "PORTS", "Names": "NAMES", "CreatedAt": "CREATED AT",
                          "State": "STATE", "ImageID": "IMAGE ID", "Labels": "LABELS", "Pid": "PID",
                          "ExitCode": "EXIT CODE", "RunningFor": "CREATED", "Mounts": "MOUNTS", "Networks": "NETWORKS"]

    func execute(layout: StoreLayout) throws {
        var filters = try ContainerFilter.parse(filter)
        try filters.resolve(in: ContainerStore(layout: layout))
        let showAll = all || filters.impliesAll
        let now = Date()
        let containers = ContainerStore(layout: layout).list()
            .filter { showAll || $0.state.status == .running || $0.state.status == .paused }
            .filter(filters.matches)
            .sorted { $0.config.created > $1.config.created }
        if quiet {
            for c in containers { print(noTrunc ? c.id : String(c.id.prefix(12))) }
            return
        }
        if format == "json" {
            print(TemplateValue.list(containers.map { ContainerView.psJSON($0, now: now) }).prettyJSONString())
            return
        }
        let rows = containers.map { ContainerView.psRow($0, now: now, truncate: !noTrunc) }
        try Output.printTable(format: format ?? Self.defaultFormat, rows: rows, headers: Self.headers, noHeading: noheading)
    }
}
