import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// Printing through Go templates, tables and JSON, as Podman does.
enum Output {
    /// A list of rows: `table ...` templates get a header and aligned
    /// columns, `json` a JSON array, any other template one line a row.
    static func printTable(format: String, rows: [TemplateValue], headers: [String: String], noHeading: Bool) throws {
        do {
            emit(try OutputFormat.render(format: format, rows: rows, defaultHeaders: headers, noHeading: noHeading))
        } catch let e as TemplateError {
            throw HullError(.failure, e.message)
        }
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
