import ArgumentParser
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct ComposeLogs: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Print the output of a project's containers.",
        discussion: "Each line carries its container's name, as `shop-web-1  | line`.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Option(name: .short, help: "Number of lines from the end of each container's log (-1: all).")
    var n = -1

    @Option(name: .customLong("tail"), help: "Number of lines from the end of each container's log (all: every line).")
    var tailText: String?

    @Flag(name: .shortAndLong, help: "Show timestamps.")
    var timestamps = false

    @Flag(name: .customLong("no-log-prefix"), help: "Do not prefix lines with the container's name.")
    var noLogPrefix = false

    @Argument(help: "Services whose logs to print (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let name = try compose.projectNameOnly()
        var options = ContainerLogs.Options()
        options.timestamps = timestamps
        if let t = tailText, t != "all" {
            guard let count = Int(t) else { throw HullError(.failure, "invalid --tail \"\(t)\": a number or all") }
            options.tail = count >= 0 ? count : nil
        } else if n >= 0 {
            options.tail = n
        }
        let reconciler = Reconciler(layout: layout, hostEnvironment: ProcessInfo.processInfo.environment, report: composeProgress)
        let targets = reconciler.containers(of: name).filter { services.isEmpty || services.contains($0.config.labels[ComposeLabels.service] ?? "") }
        let width = targets.map(\.name.count).max() ?? 0
        for c in targets {
            var o = options
            if !noLogPrefix { o.prefix = c.name.padding(toLength: width + 1, withPad: " ", startingAt: 0) + "|" }
            try ContainerLogs(layout: layout).write(c, options: o)
        }
    }
}
