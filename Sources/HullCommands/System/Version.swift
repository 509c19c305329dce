import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Display the hull version information.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Change the output format to JSON or a Go template.")
    var format: String?

    func run() throws {
        global.applyOutputSettings()
        let client = Self.client
        let report: TemplateValue = .map([("Client", client)])
        guard let format else {
            print(Self.table)
            return
        }
        if format.lowercased() == "json" {
            // Podman writes this one compact, unlike inspect.
            print(report.jsonString())
            return
        }
        // Podman has no server part locally: a template that finds nothing
        // in the report is read again against the client, `.Server.`
        // meaning the client (`{{.Version}}`, `{{.Server.Version}}`).
        let rendered = try OutputFormat.render(format: format, rows: [report], defaultHeaders: [:])
        if rendered.contains("<no value>") {
            let clientFormat = format.replacing(".Server.", with: ".")
            Output.emit(try OutputFormat.render(format: clientFormat, rows: [client], defaultHeaders: [:]))
        } else {
            Output.emit(rendered)
        }
    }

    /// Podman's fields, with the Swift compiler where Podman names Go's.
    static var client: TemplateValue {
        .map([
            ("APIVersion", .string(HullCommand.version)),
            ("Version", .string(HullCommand.version)),
            ("SwiftVersion", .string(swiftVersion)),
            ("GitCommit", .string("")),
            ("BuiltTime", .string(builtTime.text)),
            ("Built", .int(builtTime.seconds)),
            ("OsArch", .string("linux/" + Platform.goArchitecture)),
            ("Os", .string("linux")),
        ])
    }

    /// Podman's text layout: labels padded to one column.
    static var table: String {
        let built = builtTime.text
        let rows: [(String, String)] = [
            ("Client:", "hull Engine"), ("Version:", HullCommand.version), ("API Version:", HullCommand.version),
            ("Swift Version:", swiftVersion), ("Built:", built), ("OS/Arch:", "linux/" + Platform.goArchitecture),
        ]
        let width = rows.map { $0.0.count }.max() ?? 0
        return rows.map { label, value in label + String(repeating: " ", count: width - label.count + 2) + value }
            .joined(separator: "\n")
    }

    static var swiftVersion: String {
        #if swift(>=6.4)
        "6.4"
        #elseif swift(>=6.3)
        "6.3"
        #elseif swift(>=6.2)
        "6.2"
        #else
        "6"
        #endif
    }

    /// When the binary was built, as far as a running binary can tell: its
    /// file's modification time, in Go's ANSIC layout as Podman prints it.
    static var builtTime: (text: String, seconds: Int64) {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return ("", 0) }
        var seconds = time_t(st.st_mtim.tv_sec)
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, "%a %b %e %H:%M:%S %Y", &parts)
        let text = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (text, Int64(st.st_mtim.tv_sec))
    }
}
