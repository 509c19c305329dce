import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Images: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "images",
        abstract: "List images in local storage.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Show all images, also the nameless ones other images were built on.")
    var all = false

    @Flag(name: .shortAndLong, help: "Display only image IDs.")
    var quiet = false

    @Flag(name: .customLong("no-trunc"), help: "Do not truncate output.")
    var noTrunc = false

    @Flag(name: [.customShort("n"), .long], help: "Do not print column headings.")
    var noheading = false

    @Option(name: .long, help: "Pretty-print images using a Go template, or json.")
    var format: String?

    @Argument(help: "Show only images whose name matches.")
    var filterName: String?

    static let defaultFormat = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
    static let headers = ["Repository": "REPOSITORY", "Tag": "TAG", "ID": "IMAGE ID", "CreatedSince": "CREATED",
                          "Size": "SIZE", "Digest": "DIGEST", "CreatedAt": "CREATED AT", "Names": "NAMES"]

    func execute(layout: StoreLayout) throws {
        let store = ImageStore(layout: layout)
        var images = store.list().sorted { $0.created > $1.created }
        if !all {
            let hidden = IntermediateImages.ids(in: images) { try? store.load($0).config.history ?? [] }
            images.removeAll { hidden.contains($0.id) }
        }
        if let filterName {
            let wanted = Set(ImageStore.candidateNames(filterName))
            images = images.filter { $0.names.contains(where: { wanted.contains($0) || $0.hasPrefix(filterName) }) }
        }
        if quiet {
            var seen = Set<String>()
            for image in images where seen.insert(image.id).inserted {
                print(noTrunc ? "sha256:" + image.id : String(image.id.prefix(12)))
            }
            return
        }
        if format == "json" {
            print(TemplateValue.list(images.map(jsonRow)).prettyJSONString())
            return
        }
        var rows: [TemplateValue] = []
        for image in images {
            let names = image.names.isEmpty ? ["<none>:<none>"] : image.names
            for name in names { rows.append(row(image, name: name)) }
        }
        try Output.printTable(format: format ?? Self.defaultFormat, rows: rows, headers: Self.headers, noHeading: noheading)
    }

    func row(_ image: ImageRecord, name: String) -> TemplateValue {
        let (repository, tag) = ImageNames.split(name)
        return .map([
            ("ID", .string(noTrunc ? "sha256:" + image.id : String(image.id.prefix(12)))),
            ("Id", .string(image.id)),
            ("Repository", .string(repository)),
            ("Tag", .string(tag)),
            ("Digest", .string(image.digest ?? "")),
            ("CreatedSince", .string(Timestamp.ago(image.created))),
            ("CreatedAt", .string(Timestamp.rfc3339Nano(image.created))),
            ("Created", .int(Int64(image.created.timeIntervalSince1970))),
            ("Size", .string(ByteSize.human(image.size))),
            ("Names", .list(image.names.map { .string($0) })),
        ])
    }

    /// Podman's `images --format json` shape.
    func jsonRow(_ image: ImageRecord) -> TemplateValue {
        .map([
            ("Id", .string(image.id)),
            ("ParentId", .string("")),
            ("RepoTags", .list(image.names.map { .string($0) })),
            ("RepoDigests", .list(image.reportedRepoDigests.map { .string($0) })),
            ("Size", .int(image.size)),
            ("SharedSize", .int(0)),
            ("VirtualSize", .int(image.size)),
            ("Labels", .null),
            ("Containers", .int(0)),
            ("Names", .list(image.names.map { .string($0) })),
            ("Digest", .string(image.digest ?? "")),
            ("History", .list(image.names.map { .string($0) })),
            ("Created", .int(Int64(image.created.timeIntervalSince1970))),
            ("CreatedAt", .string(Timestamp.rfc3339Nano(image.created))),
        ])
    }
}
