import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// Printing through Go templates, tables and JSON, as Podman does.
enum Output {
    /// A list of rows: `table ...` templates get a header and aligned
    /// columns, `json` a JSON array, any other template one line a row.
    /// `templateName`, `errorPrefix`: Podman's wording of template errors
    /// for the command (see OutputFormat.render).
    static func printTable(format: String, rows: [TemplateValue], headers: [String: String], noHeading: Bool,
                           templateName: String? = nil, errorPrefix: String = "") throws {
        do {
            emit(try OutputFormat.render(format: format, rows: rows, defaultHeaders: headers, noHeading: noHeading,
                                         templateName: templateName))
        } catch let e as TemplateError {
            throw HullError(.failure, errorPrefix + e.message)
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
