/// Go's text/tabwriter with space padding, as Podman configures it:
/// `tabwriter.NewWriter(w, 12, 2, 2, ' ', 0)`.
///
/// Cells are tab-terminated: in "a\tb\tc\n" only "a" and "b" are column cells;
/// the trailing "c" is never padded. A column is aligned only across a block
/// of consecutive lines that all have a cell in it, exactly like Go, so a
/// line with fewer cells starts a fresh alignment for the columns it lacks.
public struct TableWriter: Sendable {
    public var minWidth: Int
    public var tabWidth: Int
    public var padding: Int
    public var padChar: Character

    public init(minWidth: Int = 12, tabWidth: Int = 2, padding: Int = 2, padChar: Character = " ") {
        self.minWidth = minWidth
        self.tabWidth = tabWidth
        self.padding = padding
        self.padChar = padChar
    }

    /// Formats rows of cells with Podman's settings; each row becomes one line.
    public static func render(_ rows: [[String]]) -> String {
        TableWriter().format(rows.map { $0.joined(separator: "\t") + "\n" }.joined())
    }

    /// Formats text whose cells are separated by "\t" and lines by "\n".
    /// A final line without "\n" is still emitted (as tabwriter's Flush does).
    public func format(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var lines = TableWriter.split(text, on: "\n").map { TableWriter.split($0, on: "\t") }
        let endsWithNewline = text.unicodeScalars.last == "\n"
        if endsWithNewline { lines.removeLast() }  // split leaves an empty tail after the last "\n"
        var out = ""
        var widths: [Int] = []
        formatBlock(lines, 0..<lines.count, widths: &widths, out: &out)
        // Every line got a newline; Go only writes one for lines that had it.
        if !endsWithNewline, out.unicodeScalars.last == "\n" { out.unicodeScalars.removeLast() }
        return out
    }

    /// Go's recursive `format`: find each run of lines that has a cell in the
    /// next column, size that column over the run, then recurse rightwards.
    private func formatBlock(_ lines: [[String]], _ range: Range<Int>, widths: inout [Int], out: inout String) {
        let column = widths.count
        var lineStart = range.lowerBound
        var this = range.lowerBound
        while this < range.upperBound {
            guard column < lines[this].count - 1 else {
                this += 1
                continue
            }
            writeLines(lines, lineStart..<this, widths: widths, out: &out)
            lineStart = this
            var width = minWidth
            while this < range.upperBound, column < lines[this].count - 1 {
                width = max(width, TableWriter.displayWidth(lines[this][column]) + padding)
                this += 1
            }
            widths.append(width)
            formatBlock(lines, lineStart..<this, widths: &widths, out: &out)
            widths.removeLast()
            lineStart = this
        }
        writeLines(lines, lineStart..<range.upperBound, widths: widths, out: &out)
    }

    private func writeLines(_ lines: [[String]], _ range: Range<Int>, widths: [Int], out: inout String) {
        for line in lines[range] {
            for (j, cell) in line.enumerated() {
                out += cell
                if j < widths.count { pad(from: TableWriter.displayWidth(cell), to: widths[j], out: &out) }
            }
            out += "\n"
        }
    }

    private func pad(from textWidth: Int, to cellWidth: Int, out: inout String) {
        guard padChar == "\t" else {
            out += String(repeating: padChar, count: max(0, cellWidth - textWidth))
            return
        }
        // Tab padding rounds the cell up to whole tab stops, as Go does.
        guard tabWidth > 0 else { return }
        let rounded = (cellWidth + tabWidth - 1) / tabWidth * tabWidth
        out += String(repeating: "\t", count: (rounded - textWidth + tabWidth - 1) / tabWidth)
    }

    /// tabwriter measures cells in runes (it has no notion of wide glyphs).
    static func displayWidth(_ cell: String) -> Int { cell.unicodeScalars.count }

    /// Splits on a scalar, keeping empty pieces. Scalars, not Characters,
    /// because "\r\n" is a single Character and would hide the newline.
    static func split(_ text: String, on separator: Unicode.Scalar) -> [String] {
        text.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
    }
}
