import ArgumentParser
import HullEngine

struct VolumeList: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "ls", abstract: "List volumes.", aliases: ["list"])

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Filter: name, label, driver, dangling, opt, scope, until, anonymous (KEY=VALUE).")
    var filter: [String] = []

    @Option(name: .long, help: "Pretty-print volumes using a Go template, or json.")
    var format: String?

    @Flag(name: [.customShort("n"), .long], help: "Do not print column headings.")
    var noheading = false

    @Flag(name: .shortAndLong, help: "Print volume names only.")
    var quiet = false

    static let defaultFormat = "table {{.Driver}}\t{{.Name}}"
    static let headers = ["Driver": "DRIVER", "Name": "VOLUME NAME", "Mountpoint": "MOUNT POINT", "CreatedAt": "CREATED AT"]

    func execute(layout: StoreLayout) throws {
        let store = VolumeStore(layout: layout)
        let filter = try VolumeFilter.parse(filter)
        let usage = VolumeUsage(layout: layout)
        let volumes = store.list().filter { filter.matches($0, inUse: usage.count($0.name) > 0) }
        if quiet {
            for v in volumes { print(v.name) }
            return
        }
        let rows = volumes.map { VolumeView.inspect($0, mountpoint: store.mountpoint($0), mountCount: usage.count($0.name)) }
        try Output.printTable(format: format ?? Self.defaultFormat, rows: rows, headers: Self.headers, noHeading: noheading)
    }
}

/// How many containers mount each volume, from one read of the containers.
struct VolumeUsage {
    let counts: [String: Int]

    init(layout: StoreLayout) {
        var counts: [String: Int] = [:]
        for c in ContainerStore(layout: layout).list() {
            for m in c.config.mounts ?? [] where m.type == .volume { counts[m.source, default: 0] += 1 }
        }
        self.counts = counts
    }

    func count(_ name: String) -> Int { counts[name] ?? 0 }
}
