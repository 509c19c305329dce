import ArgumentParser
import HullEngine

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
        let rows: [TemplateValue] = steps.map { step in
            // Podman trims the step's command (imports end it with a space).
            var createdBy = String(step.createdBy.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            if !noTrunc && format == nil && createdBy.count > 45 { createdBy = String(createdBy.prefix(42)) + "..." }
            let created = step.created.map { human ? Timestamp.ago($0) : Timestamp.rfc3339Nano($0) } ?? ""
            return .map([
                ("ID", .string(shortID(step.id))),
                ("Created", .string(created)),
                ("CreatedAt", .string(step.created.map(Timestamp.rfc3339Nano) ?? "")),
                ("CreatedBy", .string(createdBy)),
                ("Size", human ? .string(ByteSize.human(step.size)) : .int(step.size)),
                ("Comment", .string(step.comment)),
            ])
        }
        try Output.printTable(format: format ?? Self.defaultFormat, rows: rows, headers: Self.headers, noHeading: false)
    }
}
