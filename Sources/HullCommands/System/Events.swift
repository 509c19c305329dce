import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct Events: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Show the events of this store.",
        discussion: "Follows new events until interrupted, as Podman does; --stream=false prints the recorded ones and ends. Events are written by the hull process that caused them to <runroot>/events/events.log.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Show events since a time: RFC 3339, Unix seconds, or a duration such as 10m.")
    var since: String?

    @Option(name: .long, help: "Show events until a time: RFC 3339, Unix seconds, or a duration from now such as 10m (following ends then).")
    var until: String?

    @Option(name: .shortAndLong, help: "Only events that match: container, event, image, label, network, type, volume (KEY=VALUE).")
    var filter: [String] = []

    @Option(name: .long, help: "Print each event through a Go template, or as JSON (json).")
    var format: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Follow new events (--stream=false: print the recorded ones and end).")
    var stream = true

    /// Podman's flag, on by default there; hull's event lines always carry full IDs.
    @Flag(name: .customLong("no-trunc"), help: .hidden)
    var noTrunc = false

    func execute(layout: StoreLayout) throws {
        let filters = try EventFilter(filter)
        let now = EventTime.now()
        let sinceTime = try since.map { (t) throws(HullError) in try EventTimeBound.parse(t, now: now) }
        let untilTime = try until.map { (t) throws(HullError) in try EventTimeBound.parse(t, since: false, now: now) }
        let render = try renderer()
        let reader = EventReader(log: EventLog(layout: layout))
        var out = BufferedOutput()
        let body: (Event) throws -> Bool = { e in
            if let sinceTime, e.time < sinceTime { return true }
            if let untilTime, untilTime < e.time { return true }
            guard filters.matches(e) else { return true }
            out.write(try render(e))
            return true
        }
        guard stream else {
            try reader.readAll(body)
            out.flush()
            return
        }
        // Recorded events only when asked for with --since (Podman's
        // stream starts at the end otherwise); each new one at once.
        let followBody: (Event) throws -> Bool = { e in
            let keep = try body(e)
            out.flush()
            return keep
        }
        try reader.follow(fromStart: sinceTime != nil, stop: {
            out.flush()
            if out.failed { return true }
            if let untilTime { return untilTime < EventTime.now() }
            return false
        }, followBody)
    }

    private func renderer() throws -> (Event) throws -> String {
        guard let format else { return { EventView.line($0) + "\n" } }
        if OutputFormat.isJSON(format) { return { EventJSON.encode($0) + "\n" } }
        let template: GoTemplate
        do {
            template = try GoTemplate(OutputFormat.unescape(format), name: "events")
        } catch let e as TemplateError {
            throw HullError(.failure, e.message)
        }
        return { e in
            do {
                return try template.render(EventView.template(e)) + "\n"
            } catch let failure as TemplateError {
                throw HullError(.failure, failure.message)
            }
        }
    }
}

/// stdout in large writes; stops writing once the reader is gone (a closed pipe).
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private(set) var failed = false

    mutating func write(_ text: String) {
        buffer += text.utf8
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        var offset = 0
        while offset < buffer.count && !failed {
            let n = buffer[offset...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { failed = true; break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
