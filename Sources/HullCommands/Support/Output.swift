import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// Printing through Go templates, tables and JSON, as Podman does.
enum Output {
    /// A list of rows: `table ...` templates get a header and aligned
    /// columns, `json` a JSON array, any other template one line a row.
    static func printTable(format: String, rows: [TemplateValue], headers: [String: String], noHeading: Bool) throws {
        var text: String
        do {
            text = try OutputFormat.render(format: format, rows: rows, defaultHeaders: headers)
        } catch let e as TemplateError {
            throw HullError(.failure, e.message)
        }
        if noHeading && format.hasPrefix("table") {
            if let newline = text.firstIndex(of: "\n") { text = String(text[text.index(after: newline)...]) } else { text = "" }
        }
        emit(text)
    }

    /// One value (inspect, version): `json` or a template.
    static func printTemplated(format: String, value: TemplateValue) throws {
        if format.lowercased() == "json" {
            emit(value.prettyJSONString() + "\n")
            return
        }
        try printTable(format: format, rows: [value], headers: [:], noHeading: false)
    }

    static func emit(_ text: String) {
        print(text, terminator: "")
    }
}
