import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct SystemDf: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "df",
        abstract: "Show the disk space the store's images, containers and volumes use.",
        discussion: "RECLAIMABLE is what removing unused images, stopped containers and unmounted volumes would give back.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Show every image, container and volume.")
    var verbose = false

    @Option(name: .long, help: "Print the summary through a Go template, or as JSON (json).")
    var format: String?

    static let summaryFormat = "table {{.Type}}\t{{.Total}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}"
    static let summaryHeaders = ["Type": "TYPE", "Total": "TOTAL", "Active": "ACTIVE", "Size": "SIZE", "Reclaimable": "RECLAIMABLE"]

    func execute(layout: StoreLayout) throws {
        let usage = StoreUsage.measure(layout: layout)
        if verbose {
            try printVerbose(usage)
            return
        }
        let rows = usage.summary.map(\.template)
        if let format, OutputFormat.isJSON(format) {
            Output.emit(TemplateValue.list(rows).prettyJSONString() + "\n")
            return
        }
        try Output.printTable(format: format ?? Self.summaryFormat, rows: rows, headers: Self.summaryHeaders, noHeading: false)
    }

    /// Podman's three sections, in its columns (`-v` takes no --format there either).
    private func printVerbose(_ usage: StoreUsage) throws {
        let now = Date()
        let imageRows: [TemplateValue] = usage.images.map { i in
            let (repository, tag) = ImageNames.split(i.record.names.first ?? "<none>:<none>")
            return .map([
                ("Repository", .string(repository)), ("Tag", .string(tag)),
                ("ImageID", .string(String(i.record.id.prefix(12)))),
                ("Created", .string(Timestamp.humanDuration(now.timeIntervalSince(i.record.created)))),
                ("Size", .string(ByteSize.compact(i.record.size))),
                ("SharedSize", .string(ByteSize.compact(i.sharedSize))),
                ("UniqueSize", .string(ByteSize.compact(i.record.size - i.sharedSize))),
                ("Containers", .int(Int64(i.containers))),
            ])
        }
        let containerRows: [TemplateValue] = usage.containers.map { u in
            let c = u.container
            return .map([
                ("ContainerID", .string(String(c.id.prefix(12)))),
                ("Image", .string(String(c.config.imageID.prefix(12)))),
                ("Command", .string(c.config.command.joined(separator: " "))),
                ("LocalVolumes", .int(Int64(u.localVolumes))),
                ("Size", .string(ByteSize.compact(u.rwSize))),
                ("Created", .string(Timestamp.humanDuration(now.timeIntervalSince(c.config.created)))),
                ("Status", .string(c.state.status.rawValue)),
                ("Names", .string(c.name)),
            ])
        }
        let volumeRows: [TemplateValue] = usage.volumes.map { v in
            .map([("VolumeName", .string(v.name)), ("Links", .int(Int64(v.links))), ("Size", .string(ByteSize.compact(v.size)))])
        }
        Output.emit("Images space usage:\n\n")
        try Output.printTable(
            format: "table {{.Repository}}\t{{.Tag}}\t{{.ImageID}}\t{{.Created}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}",
            rows: imageRows, headers: ["ImageID": "IMAGE ID", "SharedSize": "SHARED SIZE", "UniqueSize": "UNIQUE SIZE"],
            noHeading: false)
        Output.emit("\nContainers space usage:\n\n")
        try Output.printTable(
            format: "table {{.ContainerID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.Created}}\t{{.Status}}\t{{.Names}}",
            rows: containerRows, headers: ["ContainerID": "CONTAINER ID", "LocalVolumes": "LOCAL VOLUMES"], noHeading: false)
        Output.emit("\nLocal Volumes space usage:\n\n")
        try Output.printTable(format: "table {{.VolumeName}}\t{{.Links}}\t{{.Size}}", rows: volumeRows,
                              headers: ["VolumeName": "VOLUME NAME"], noHeading: false)
    }
}
