/// Turns Containerfile text into instructions, following Docker's
/// reference: parser directives only at the very top, comment and blank
/// lines dropped (also inside a continued instruction), the escape
/// character at a line's end joining it with the next, and heredoc bodies
/// (`RUN <<EOF`, `COPY <<EOF /f`, several per instruction, `<<-`, quoted
/// delimiters) read from the lines that follow the instruction.
public enum ContainerfileParser {
    public static let keywords: Set<String> = [
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
        "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    ]
    static let heredocKeywords: Set<String> = ["RUN", "COPY", "ADD"]
    static let knownDirectives: Set<String> = ["syntax", "escape", "check"]

    public static func parse(_ text: String, file: String) throws(ContainerfileError) -> Containerfile {
        // "\r\n" is one Character in Swift: both end a line.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        var result = Containerfile(file: file, instructions: [])
        var index = try readDirectives(lines, into: &result)
        while index < lines.count {
            let line = lines[index]
            if isBlank(line) || isComment(line) { index += 1; continue }
            let start = index + 1
            var joined = ""
            var first = true
            // An instruction's lines up to one that does not end in the escape character.
            while index < lines.count {
                let current = lines[index]
                index += 1
                if !first && (isBlank(current) || isComment(current)) { continue }
                first = false
                if let body = continued(current, escape: result.escape) {
                    joined += body
                } else {
                    joined += current
                    break
                }
            }
            var instruction = try split(joined, line: start, file: file)
            if heredocKeywords.contains(instruction.keyword) {
                let markers = HeredocMarker.find(in: instruction.arguments)
                for marker in markers {
                    var content = ""
                    var closed = false
                    while index < lines.count {
                        var body = lines[index]
                        index += 1
                        if marker.stripsTabs { body = String(body.drop { $0 == "\t" }) }
                        if body == marker.delimiter { closed = true; break }
                        content += body + "\n"
                    }
                    guard closed else {
                        throw ContainerfileError(file: file, line: start, "unterminated heredoc: no line \"\(marker.delimiter)\" ends it")
                    }
                    instruction.heredocs.append(Heredoc(delimiter: marker.delimiter, content: content,
                                                        expands: !marker.quoted, stripsTabs: marker.stripsTabs))
                }
            }
            result.instructions.append(instruction)
        }
        return result
    }

    /// `# key=value` lines before anything else. An unknown key ends them
    /// (it and all after are comments), as in Docker.
    private static func readDirectives(_ lines: [String], into result: inout Containerfile) throws(ContainerfileError) -> Int {
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingWhitespace
            guard line.hasPrefix("#") else { break }
            let body = String(line.dropFirst()).trimmingWhitespace
            guard let eq = body.firstIndex(of: "=") else { break }
            let key = String(body[..<eq]).trimmingWhitespace.lowercased()
            let value = String(body[body.index(after: eq)...]).trimmingWhitespace
            guard !key.isEmpty, !key.contains(" "), knownDirectives.contains(key) else { break }
            guard result.directives[key] == nil else {
                throw ContainerfileError(file: result.file, line: index + 1, "only one \(key) parser directive can be used")
            }
            if key == "escape" {
                guard value == "\\" || value == "`" else {
                    throw ContainerfileError(file: result.file, line: index + 1, "invalid escape token '\(value)' does not match ` or \\")
                }
                result.escape = Character(value)
            }
            result.directives[key] = value
            index += 1
        }
        return index
    }

    static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    static func isComment(_ line: String) -> Bool { line.drop { $0 == " " || $0 == "\t" }.first == "#" }

    /// The line without its trailing escape character (and the blanks
    /// after it), when it continues on the next line.
    static func continued(_ line: String, escape: Character) -> String? {
        var s = Substring(line)
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        guard s.last == escape else { return nil }
        s.removeLast()
        return String(s)
    }

    /// `KEYWORD --flag=x args`.
    static func split(_ text: String, line: Int, file: String) throws(ContainerfileError) -> Instruction {
        let trimmed = Substring(text.trimmingWhitespace)
        let word = trimmed.prefix { $0 != " " && $0 != "\t" }
        let keyword = word.uppercased()
        guard keywords.contains(keyword) else {
            throw ContainerfileError(file: file, line: line, "unknown instruction: \(word)")
        }
        var rest = trimmed.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
        var flags: [String] = []
        while rest.hasPrefix("--") {
            let flag = rest.prefix { $0 != " " && $0 != "\t" }
            guard flag.count > 2 else { break }
            flags.append(String(flag))
            rest = rest.dropFirst(flag.count).drop { $0 == " " || $0 == "\t" }
        }
        return Instruction(keyword: keyword, flags: flags, arguments: String(rest), line: line)
    }
}

/// A `<<[-]["']WORD["']` in an instruction's arguments.
struct HeredocMarker: Equatable {
    var delimiter: String
    var quoted: Bool
    var stripsTabs: Bool
    /// Where the marker is in the arguments.
    var range: Range<String.Index>

    static func find(in text: String) -> [HeredocMarker] {
        var markers: [HeredocMarker] = []
        var i = text.startIndex
        var quote: Character?
        while i < text.endIndex {
            let c = text[i]
            if let q = quote {
                if c == q { quote = nil }
                i = text.index(after: i)
                continue
            }
            if c == "'" || c == "\"" { quote = c; i = text.index(after: i); continue }
            if text[i...].hasPrefix("<<<") {
                // A here-string, not a heredoc.
                i = text.index(i, offsetBy: 3)
                continue
            }
            guard text[i...].hasPrefix("<<") else { i = text.index(after: i); continue }
            let start = i
            var j = text.index(i, offsetBy: 2)
            var stripsTabs = false
            if j < text.endIndex, text[j] == "-" { stripsTabs = true; j = text.index(after: j) }
            var quoteChar: Character?
            if j < text.endIndex, text[j] == "'" || text[j] == "\"" { quoteChar = text[j]; j = text.index(after: j) }
            let wordStart = j
            while j < text.endIndex, text[j].isLetter || text[j].isNumber || "_.-".contains(text[j]) { j = text.index(after: j) }
            let word = String(text[wordStart..<j])
            if let q = quoteChar {
                guard j < text.endIndex, text[j] == q else { i = j; continue }
                j = text.index(after: j)
            }
            if !word.isEmpty {
                markers.append(HeredocMarker(delimiter: word, quoted: quoteChar != nil, stripsTabs: stripsTabs, range: start..<j))
            }
            i = j
        }
        return markers
    }
}
