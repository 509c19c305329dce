import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct History: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the history of an image.",
        discussion: "One line per build step, newest first, with the size of the layer it made.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("no-trunc"), help: "Do not truncate output.")
    var noTrunc = false

    @Flag(name: .shortAndLong, help: "Display only image IDs.")
    var quiet = false

    @Option(name: [.customShort("H"), .long], help: "Show sizes and dates in human-readable form (true or false).")
    var human = true

    @Option(name: .long, help: "Pretty-print the history using a Go template, or json.")
    var format: String?

    @Argument(help: "The image: a name or an ID.", completion: .custom(Completion.images))
    var image: String

    static let defaultFormat = "table {{.ID}}\t{{.Created}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}"
    static let headers = ["ID": "ID", "Created": "CREATED", "CreatedBy": "CREATED BY", "Size": "SIZE", "Comment": "COMMENT",
                          "CreatedAt": "CREATED AT"]

    func execute(layout: StoreLayout) throws {
        let store = ImageStore(layout: layout)
        let loaded = try store.load(try store.require(image))
        let steps = ImageHistory.steps(of: loaded, layers: LayerStore(layout: layout))
        let shortID: (String) -> String = { id in
            id == "<missing>" || noTrunc ? id : String(id.prefix(12))
        }
        if quiet {
            for step in steps { print(shortID(step.id)) }
            return
        }
        if format == "json" {
            print(TemplateValue.list(steps.enumerated().map { i, step in
                jsonRow(step, tags: i == 0 ? loaded.record.names : [])
            }).prettyJSONString())
            return
        }
        let rows: [TemplateValue] = steps.map { step in
            var createdBy = step.createdBy
            if !noTrunc && format == nil && createdBy.count > 45 { createdBy = String(createdBy.prefix(42)) + "..." }
            // As Podman, --human changes only the date: sizes stay human.
            let created = step.created.map { human ? Timestamp.ago($0) : Self.rfc3339Seconds($0) } ?? ""
            return .map([
                ("ID", .string(shortID(step.id))),
                ("Created", .string(created)),
                ("CreatedAt", .string(step.created.map(Timestamp.rfc3339Nano) ?? "")),
                ("CreatedBy", .string(createdBy)),
                ("Size", .string(ByteSize.human(step.size))),
                ("Comment", .string(step.comment)),
            ])
        }
        try Output.printTable(format: format ?? Self.defaultFormat, rows: rows, headers: Self.headers, noHeading: false)
    }

    /// Podman's `--format json`: its ImageHistoryLayer, keys as Go writes them.
    func jsonRow(_ step: ImageHistory.Step, tags: [String]) -> TemplateValue {
        var fields: [(String, TemplateValue)] = [("id", .string(step.id))]
        if let created = step.created { fields.append(("created", .string(Timestamp.rfc3339Nano(created)))) }
        if !step.createdBy.isEmpty { fields.append(("CreatedBy", .string(step.createdBy))) }
        if !tags.isEmpty { fields.append(("tags", .list(tags.map { .string($0) }))) }
        fields.append(("size", .int(step.size)))
        if !step.comment.isEmpty { fields.append(("comment", .string(step.comment))) }
        return .map(fields)
    }

    /// Go's time.RFC3339: whole seconds.
    static func rfc3339Seconds(_ date: Date) -> String {
        let full = Timestamp.rfc3339Nano(date)
        guard let dot = full.firstIndex(of: ".") else { return full }
        return String(full[..<dot]) + "Z"
    }
}
