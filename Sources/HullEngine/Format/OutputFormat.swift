/// Podman's `--format` handling for list and inspect commands
/// (containers/common `report` package semantics).
public enum OutputFormat {
    /// Renders `rows` according to a `--format` value:
    /// - `json` (or `{{json .}}`): the rows as an indented JSON array.
    /// - `table ...`: a header line, then one line per row, column-aligned.
    /// - anything else: the template once per row, each row newline-terminated.
    ///
    /// `defaultHeaders` maps field names to column titles (Podman's header
    /// overrides); other fields get their camel-case-split, upper-cased name.
    /// `tableDefault` replaces a bare `table`, which means "the default table".
    /// `noHeading` drops the header before alignment, so (as in Podman's
    /// `--noheading`) titles do not widen the columns.
    /// `templateName`: Podman's name for the template in errors, for the
    /// commands that run formats as `{{range .}}FORMAT{{end}}` (ps, inspect).
    public static func render(
        format: String, rows: [TemplateValue], defaultHeaders: [String: String],
        tableDefault: String? = nil, noHeading: Bool = false, templateName: String? = nil
    ) throws -> String {
        if isJSON(format) {
            return TemplateValue.list(rows).prettyJSONString() + "\n"
        }
        var text = format
        if text == "table", let tableDefault { text = tableDefault }
        let isTable = text.hasPrefix("table")
        if isTable {
            text.removeFirst("table".count)
            if text.hasPrefix(" ") { text.removeFirst() }
        }
        text = unescape(text)
        // Podman terminates every row, but an empty format prints nothing at all.
        if !text.isEmpty, text.unicodeScalars.last != "\n" { text += "\n" }
        let template = try templateName.map { try GoTemplate(text, name: $0, rangeWrapped: true) } ?? GoTemplate(text)
        var out = ""
        if isTable && !noHeading { out += header(for: template, rows: rows, defaultHeaders: defaultHeaders) }
        for row in rows { out += try template.render(row) }
        // Podman pipes every format, not only tables, through its tabwriter.
        return TableWriter().format(out)
    }

    /// Podman's `report.IsJSON`: `json` or a template that is only `{{json .}}`.
    public static func isJSON(_ format: String) -> Bool {
        let trimmed = trimSpaces(format)
        if trimmed == "json" { return true }
        guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.count >= 4 else { return false }
        let inner = trimSpaces(String(trimmed.dropFirst(2).dropLast(2)))
        guard inner.hasPrefix("json") else { return false }
        let rest = trimSpaces(String(inner.dropFirst(4)))
        return rest.isEmpty || rest == "."
    }

    /// Shells make typing real tabs awkward, so Podman accepts `\t` and `\n`.
    public static func unescape(_ format: String) -> String {
        var out = ""
        var pendingBackslash = false
        for ch in format {
            if pendingBackslash {
                pendingBackslash = false
                switch ch {
                case "t": out += "\t"
                case "n": out += "\n"
                case "\\": out += "\\"; pendingBackslash = true; continue
                default: out += "\\"; out.append(ch)
                }
                continue
            }
            if ch == "\\" { pendingBackslash = true } else { out.append(ch) }
        }
        if pendingBackslash { out += "\\" }
        return out
    }

    /// The column title for a field: an override if given, else e.g.
    /// `CreatedAt` -> `CREATED AT`, as Podman's `report.Headers` derives it.
    public static func headerTitle(for field: String, defaultHeaders: [String: String]) -> String {
        if let title = defaultHeaders[field] { return title.uppercased() }
        let lowered = field.lowercased()
        if let hit = defaultHeaders.first(where: { $0.key.lowercased() == lowered }) {
            return hit.value.uppercased()
        }
        return camelCaseWords(field).joined(separator: " ").uppercased()
    }

    // MARK: - Headers

    /// Podman executes the row template against a map of field -> title, so
    /// `{{.Names}}` prints `NAMES` and widths in printf carry over. Templates
    /// that cannot run on strings (`.Config.Image`, range) fall back to
    /// substituting each action with the title of its first field.
    static func header(for template: GoTemplate, rows: [TemplateValue], defaultHeaders: [String: String]) -> String {
        var entries: [(String, TemplateValue)] = []
        var seen = Set<String>()
        func add(_ key: String) {
            guard seen.insert(key).inserted else { return }
            entries.append((key, .string(headerTitle(for: key, defaultHeaders: defaultHeaders))))
        }
        for row in rows {
            if case .map(let fields) = row.untyped { fields.forEach { add($0.0) } }
        }
        defaultHeaders.keys.sorted().forEach(add)
        var referenced: [[String]] = []
        collectFields(template.nodes, into: &referenced)
        referenced.compactMap(\.first).forEach(add)
        if let rendered = try? template.render(.map(entries)) { return rendered }
        return fallbackHeader(template.nodes, defaultHeaders: defaultHeaders)
    }

    private static func fallbackHeader(_ nodes: [TemplateNode], defaultHeaders: [String: String]) -> String {
        var out = ""
        func title(_ pipe: TemplatePipeline) -> String {
            var fields: [[String]] = []
            collectFields(pipe, into: &fields)
            guard let names = fields.first, let last = names.last else { return "" }
            if let title = defaultHeaders[names.joined(separator: ".")] { return title.uppercased() }
            return headerTitle(for: last, defaultHeaders: defaultHeaders)
        }
        for node in nodes {
            switch node {
            case .text(let text): out += text
            case .action(let pipe): if pipe.decl.isEmpty { out += title(pipe) }
            case .ifBlock(let pipe, _, _), .rangeBlock(let pipe, _, _), .withBlock(let pipe, _, _):
                out += title(pipe)
            case .breakLoop, .continueLoop: break
            }
        }
        return out
    }

    /// Field chains relative to dot, in source order.
    private static func collectFields(_ nodes: [TemplateNode], into fields: inout [[String]]) {
        for node in nodes {
            switch node {
            case .text, .breakLoop, .continueLoop: break
            case .action(let pipe): collectFields(pipe, into: &fields)
            case .ifBlock(let pipe, let list, let elseList), .rangeBlock(let pipe, let list, let elseList),
                .withBlock(let pipe, let list, let elseList):
                collectFields(pipe, into: &fields)
                collectFields(list, into: &fields)
                collectFields(elseList ?? [], into: &fields)
            }
        }
    }

    private static func collectFields(_ pipe: TemplatePipeline, into fields: inout [[String]]) {
        func visit(_ operand: TemplateOperand) {
            switch operand.kind {
            case .field(let names): fields.append(names)
            case .pipeline(let inner): collectFields(inner, into: &fields)
            case .chain(let base, _): visit(base)
            default: break
            }
        }
        for command in pipe.commands { command.args.forEach(visit) }
    }

    /// fatih/camelcase's split, which Podman uses for default titles:
    /// runs of lower/upper/digit/other, with "PDFLoader" -> "PDF", "Loader".
    static func camelCaseWords(_ name: String) -> [String] {
        func kind(_ s: Unicode.Scalar) -> Int {
            if s.properties.isLowercase { return 1 }
            if s.properties.isUppercase { return 2 }
            if s.properties.numericType == .decimal { return 3 }
            return 4
        }
        var runs: [[Unicode.Scalar]] = []
        var last = 0
        for s in name.unicodeScalars {
            let k = kind(s)
            if k == last, !runs.isEmpty { runs[runs.count - 1].append(s) } else { runs.append([s]) }
            last = k
        }
        for i in runs.indices.dropLast() {
            guard let head = runs[i].first, let next = runs[i + 1].first,
                kind(head) == 2, kind(next) == 1, let moved = runs[i].popLast()
            else { continue }
            runs[i + 1].insert(moved, at: 0)
        }
        return runs.filter { !$0.isEmpty }.map { String(String.UnicodeScalarView($0)) }
    }

    private static func trimSpaces(_ s: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = s.firstIndex(where: { !isSpace($0) }), let last = s.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(s[first...last])
    }
}
