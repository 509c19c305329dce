import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Logs: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Fetch the logs of one or more containers.",
        discussion: "Output of detached containers, kept by their monitor. Several containers prefix each line with the short ID.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Follow log output until the container exits.")
    var follow = false

    @Option(name: .long, help: "Output the last N lines (-1: all).")
    var tail: Int = -1

    @Flag(name: .shortAndLong, help: "Show timestamps.")
    var timestamps = false

    @Option(name: .long, help: "Show logs since a time: RFC 3339, Unix seconds, or a duration such as 10m.")
    var since: String?

    @Option(name: .long, help: "Show logs until a time: RFC 3339, Unix seconds, or a duration such as 10m.")
    var until: String?

    @Argument(help: "Containers, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String]

    func execute(layout: StoreLayout) throws {
        var options = ContainerLogs.Options()
        options.follow = follow
        options.tail = tail >= 0 ? tail : nil
        options.timestamps = timestamps
        options.since = try since.map { try TimeArgument.parse($0, flag: "since") }
        options.until = try until.map { try TimeArgument.parse($0, flag: "until") }
        let store = ContainerStore(layout: layout)
        let targets = try containers.map { (t) throws(HullError) in try store.require(t) }
        for c in targets {
            var o = options
            if targets.count > 1 { o.prefix = String(c.id.prefix(12)) }
            try ContainerLogs(layout: layout).write(c, options: o)
        }
    }
}

/// `--since`/`--until` values as Podman takes them.
enum TimeArgument {
    static func parse(_ text: String, flag: String) throws -> Date {
        if let date = Timestamp.parse(text) { return date }
        if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        if let d = duration(text) { return Date().addingTimeInterval(-d) }
        throw HullError(.failure, "invalid --\(flag) value \"\(text)\": use RFC 3339, Unix seconds or a duration like 10m")
    }

    /// Go durations: 1h30m, 10m, 45s, 1.5h.
    static func duration(_ text: String) -> Double? {
        var total = 0.0
        var number = ""
        var sawUnit = false
        for c in text {
            if c.isNumber || c == "." { number.append(c); continue }
            guard let n = Double(number) else { return nil }
            switch c {
            case "h": total += n * 3600
            case "m": total += n * 60
            case "s": total += n
            default: return nil
            }
            number = ""
            sawUnit = true
        }
        return sawUnit && number.isEmpty ? total : nil
    }
}
