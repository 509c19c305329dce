import ArgumentParser
import HullEngine

struct Inspect: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Display the configuration of containers or images.",
        discussion: "Containers are looked up first, then images, unless --type says which.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Format the output using a Go template, or json (the default).")
    var format: String?

    @Option(name: .shortAndLong, help: "Which kind of object: container, image or all.")
    var type = "all"

    @Argument(help: "Containers or images, by name or ID.", completion: .custom(Completion.containersAndImages))
    var names: [String]

    func validate() throws {
        guard ["all", "container", "image"].contains(type) else {
            throw ValidationError("invalid type \"\(type)\": must be container, image or all")
        }
    }

    func execute(layout: StoreLayout) throws {
        let containers = ContainerStore(layout: layout)
        let images = ImageStore(layout: layout)
        var values: [TemplateValue] = []
        var failure: HullError?
        for name in names {
            if type != "image", let c = try containers.find(name) {
                values.append(ContainerView.inspect(c, logPath: ContainerMonitor.logPath(layout, c.id),
                                                    volumes: VolumeStore(layout: layout),
                                                    attachments: ContainerNetworking(layout: layout).attachments(c.id),
                                                    imageDigest: (try? images.requireByID(c.config.imageID))?.digest,
                                                    health: HealthStore(layout: layout).results(for: c) ?? HealthResults()))
            } else if type != "container", let record = try images.find(name) {
                values.append(ImageView.inspect(try images.load(record)))
            } else {
                failure = HullError(.failure, "no such object: \"\(name)\"")
            }
        }
        try InspectPrinter.print(values, format: format)
        if let failure { throw failure }
    }
}

/// inspect output: a JSON array by default, or one template line each.
enum InspectPrinter {
    static func print(_ values: [TemplateValue], format: String?) throws {
        if let format, format.lowercased() != "json" {
            // Template errors worded as Podman's inspect words them.
            try Output.printTable(format: format, rows: values, headers: [:], noHeading: false,
                                  templateName: "inspect", errorPrefix: "inspecting object: printing inspect output: ")
        } else {
            Output.emit(TemplateValue.list(values).prettyJSONString() + "\n")
        }
    }
}
