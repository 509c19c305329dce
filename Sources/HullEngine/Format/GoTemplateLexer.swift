/// A syntax error found while reading a template, positioned by byte offset so
/// the caller can report Go's `template: output:LINE: message`.
struct TemplateParseFailure: Error {
    let message: String
    let pos: Int
}

struct TemplateToken: Sendable {
    enum Kind: Sendable, Equatable {
        case text, leftDelim, rightDelim, space, field, variable, dot, identifier, keyword
        case string, char, number, bool, nilValue, pipe, leftParen, rightParen
        case declare, assign, comma, eof
    }

    let kind: Kind
    /// Text for `.text`, the name for fields (without the dot), variables (with
    /// the `$`), identifiers and keywords, otherwise the source spelling.
    let text: String
    let pos: Int
    let end: Int
    /// The decoded constant for string, char, number and bool tokens.
    var value: TemplateValue?
}

/// Splits a template into text and action tokens following Go's
/// text/template lexer, including its whitespace-significant rules: spaces
/// separate arguments, `{{- ` and ` -}}` need the space to count as trim
/// markers, and `.Field` glued to a term continues a field chain.
struct TemplateLexer {
    private let src: [UInt8]
    private var tokens: [TemplateToken] = []

    init(_ source: String) { src = Array(source.utf8) }

    private static let keywords: Set<String> = [
        "block", "break", "continue", "define", "else", "end", "if", "range", "template", "with",
    ]

    mutating func lex() throws -> [TemplateToken] {
        var i = 0
        var trimLeading = false
        while true {
            var start = i
            if trimLeading {
                while start < src.count, isSpace(src[start]) { start += 1 }
                trimLeading = false
            }
            guard let open = find("{{", from: start) else {
                emitText(start, src.count)
                break
            }
            let leftTrim = open + 3 < src.count && src[open + 2] == ascii("-") && isSpace(src[open + 3])
            var textEnd = open
            if leftTrim {
                while textEnd > start, isSpace(src[textEnd - 1]) { textEnd -= 1 }
            }
            emitText(start, textEnd)
            var k = open + 2 + (leftTrim ? 2 : 0)
            if hasPrefix("/*", at: k) {
                // Comments produce no token; they must sit flush against the delimiters.
                guard let close = find("*/", from: k + 2) else {
                    throw TemplateParseFailure(message: "unclosed comment", pos: open)
                }
                guard let delim = rightDelim(at: close + 2) else {
                    throw TemplateParseFailure(message: "comment ends before closing delimiter", pos: open)
                }
                trimLeading = delim.trim
                i = delim.end
                continue
            }
            tokens.append(TemplateToken(kind: .leftDelim, text: "{{", pos: open, end: k))
            k = try lexAction(from: k, open: open, trimLeading: &trimLeading)
            i = k
        }
        tokens.append(TemplateToken(kind: .eof, text: "", pos: src.count, end: src.count))
        return tokens
    }

    private mutating func emitText(_ start: Int, _ end: Int) {
        guard end > start else { return }
        let text = String(decoding: src[start..<end], as: UTF8.self)
        tokens.append(TemplateToken(kind: .text, text: text, pos: start, end: end))
    }

    /// Lexes one action body; returns the offset just past its closing `}}`.
    private mutating func lexAction(from start: Int, open: Int, trimLeading: inout Bool) throws -> Int {
        var k = start
        var parenDepth = 0
        while true {
            if let delim = rightDelim(at: k) {
                if parenDepth > 0 { throw TemplateParseFailure(message: "unclosed left paren", pos: k) }
                tokens.append(TemplateToken(kind: .rightDelim, text: "}}", pos: k, end: delim.end))
                trimLeading = delim.trim
                return delim.end
            }
            guard k < src.count else { throw TemplateParseFailure(message: "unclosed action", pos: open) }
            let c = src[k]
            let tokenStart = k
            func emit(_ kind: TemplateToken.Kind, _ text: String? = nil, _ value: TemplateValue? = nil) {
                let spelling = text ?? String(decoding: src[tokenStart..<k], as: UTF8.self)
                tokens.append(TemplateToken(kind: kind, text: spelling, pos: tokenStart, end: k, value: value))
            }
            switch c {
            case _ where isSpace(c):
                // Stop before " -}}" so the trim marker is still seen as one.
                while k < src.count, isSpace(src[k]), !isTrimRightDelim(at: k) { k += 1 }
                emit(.space)
            case ascii("="): k += 1; emit(.assign)
            case ascii(":"):
                guard k + 1 < src.count, src[k + 1] == ascii("=") else {
                    throw TemplateParseFailure(message: "expected :=", pos: k)
                }
                k += 2; emit(.declare)
            case ascii("|"): k += 1; emit(.pipe)
            case ascii(","): k += 1; emit(.comma)
            case ascii("("): k += 1; parenDepth += 1; emit(.leftParen)
            case ascii(")"):
                k += 1
                parenDepth -= 1
                if parenDepth < 0 { throw TemplateParseFailure(message: "unexpected right paren", pos: tokenStart) }
                emit(.rightParen)
            case ascii("\""), ascii("'"):
                k = try scanQuoted(from: k, quote: c)
                let body = Array(src[(tokenStart + 1)..<(k - 1)])
                let decoded = try TemplateLexer.unescape(body, pos: tokenStart)
                if c == ascii("\"") {
                    emit(.string, nil, .string(decoded))
                } else {
                    let scalars = Array(decoded.unicodeScalars)
                    guard scalars.count == 1 else {
                        throw TemplateParseFailure(message: "malformed character constant", pos: tokenStart)
                    }
                    emit(.char, nil, .int(Int64(scalars[0].value)))
                }
            case ascii("`"):
                guard let close = src[(k + 1)...].firstIndex(of: ascii("`")) else {
                    throw TemplateParseFailure(message: "unterminated raw quoted string", pos: k)
                }
                k = close + 1
                emit(.string, nil, .string(String(decoding: src[(tokenStart + 1)..<close], as: UTF8.self)))
            case ascii("$"):
                k += 1
                while k < src.count, isAlnum(src[k]) { k += 1 }
                try checkTerminator(k)
                emit(.variable)
            case ascii("."):
                if k + 1 < src.count, isDigit(src[k + 1]) {
                    try lexNumber(&k, start: tokenStart)
                    continue
                }
                k += 1
                if k < src.count, isAlnum(src[k]) {
                    while k < src.count, isAlnum(src[k]) { k += 1 }
                    try checkTerminator(k)
                    emit(.field, String(decoding: src[(tokenStart + 1)..<k], as: UTF8.self))
                } else {
                    emit(.dot)
                }
            case ascii("+"), ascii("-"), ascii("0")...ascii("9"):
                try lexNumber(&k, start: tokenStart)
            case _ where isAlnum(c):
                while k < src.count, isAlnum(src[k]) { k += 1 }
                try checkTerminator(k)
                let word = String(decoding: src[tokenStart..<k], as: UTF8.self)
                switch word {
                case "true", "false": emit(.bool, word, .bool(word == "true"))
                case "nil": emit(.nilValue)
                case _ where TemplateLexer.keywords.contains(word): emit(.keyword)
                default: emit(.identifier)
                }
            default:
                let scalar = String(decoding: src[k...].prefix(4), as: UTF8.self).unicodeScalars.first
                let code = String(scalar?.value ?? UInt32(c), radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
                throw TemplateParseFailure(
                    message: "unrecognized character in action: U+\(padded) '\(scalar.map(String.init) ?? "")'",
                    pos: k)
            }
        }
    }

    private mutating func lexNumber(_ k: inout Int, start: Int) throws {
        if src[k] == ascii("+") || src[k] == ascii("-") { k += 1 }
        var hex = false
        if k + 1 < src.count, src[k] == ascii("0"), src[k + 1] | 0x20 == ascii("x") {
            hex = true
            k += 2
        }
        let digitOK: (UInt8) -> Bool = { c in
            isDigit(c) || c == ascii("_") || (hex && (ascii("a")...ascii("f")).contains(c | 0x20))
        }
        while k < src.count, digitOK(src[k]) { k += 1 }
        if !hex, k < src.count, src[k] == ascii(".") {
            k += 1
            while k < src.count, digitOK(src[k]) { k += 1 }
        }
        if !hex, k < src.count, src[k] | 0x20 == ascii("e") {
            k += 1
            if k < src.count, src[k] == ascii("+") || src[k] == ascii("-") { k += 1 }
            while k < src.count, isDigit(src[k]) { k += 1 }
        }
        let spelling = String(decoding: src[start..<k], as: UTF8.self)
        guard k >= src.count || !isAlnum(src[k]), let value = TemplateLexer.number(spelling) else {
            var end = k
            while end < src.count, isAlnum(src[end]) { end += 1 }
            let bad = String(decoding: src[start..<end], as: UTF8.self)
            throw TemplateParseFailure(message: "bad number syntax: \"\(bad)\"", pos: start)
        }
        tokens.append(TemplateToken(kind: .number, text: spelling, pos: start, end: k, value: value))
    }

    static func number(_ spelling: String) -> TemplateValue? {
        var text = spelling.filter { $0 != "_" }
        var negative = false
        if text.hasPrefix("-") || text.hasPrefix("+") {
            negative = text.hasPrefix("-")
            text.removeFirst()
        }
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        // The sign goes into the parse so Int64.min does not overflow.
        let sign = negative ? "-" : ""
        if lower.hasPrefix("0x") {
            return Int64(sign + lower.dropFirst(2), radix: 16).map(TemplateValue.int)
        }
        if lower.contains(".") || lower.contains("e") {
            if text.hasSuffix(".") { text += "0" }
            if text.hasPrefix(".") { text = "0" + text }
            guard let d = Double(text) else { return nil }
            return .double(negative ? -d : d)
        }
        // Go parses with base 0, so a leading zero means octal.
        let radix = text.count > 1 && text.hasPrefix("0") ? 8 : 10
        return Int64(sign + text, radix: radix).map(TemplateValue.int)
    }

    /// Finds the closing quote, honouring backslash escapes.
    private func scanQuoted(from start: Int, quote: UInt8) throws -> Int {
        var k = start + 1
        while k < src.count, src[k] != quote {
            if src[k] == ascii("\n") { break }
            if src[k] == ascii("\\") { k += 1 }
            k += 1
        }
        guard k < src.count, src[k] == quote else {
            let what = quote == ascii("'") ? "unterminated character constant" : "unterminated quoted string"
            throw TemplateParseFailure(message: what, pos: start)
        }
        return k + 1
    }

    /// Go's `strconv.Unquote` escapes.
    static func unescape(_ body: [UInt8], pos: Int) throws -> String {
        var out: [UInt8] = []
        var k = 0
        func fail() -> TemplateParseFailure { TemplateParseFailure(message: "invalid syntax", pos: pos) }
        func hexValue(_ count: Int) throws -> UInt32 {
            guard k + count <= body.count,
                let v = UInt32(String(decoding: body[k..<(k + count)], as: UTF8.self), radix: 16)
            else { throw fail() }
            k += count
            return v
        }
        while k < body.count {
            let c = body[k]
            k += 1
            guard c == ascii("\\") else { out.append(c); continue }
            guard k < body.count else { throw fail() }
            let e = body[k]
            k += 1
            switch e {
            case ascii("a"): out.append(7)
            case ascii("b"): out.append(8)
            case ascii("f"): out.append(12)
            case ascii("n"): out.append(10)
            case ascii("r"): out.append(13)
            case ascii("t"): out.append(9)
            case ascii("v"): out.append(11)
            case ascii("\\"), ascii("\""), ascii("'"): out.append(e)
            case ascii("x"): out.append(UInt8(truncatingIfNeeded: try hexValue(2)))
            case ascii("u"), ascii("U"):
                guard let scalar = Unicode.Scalar(try hexValue(e == ascii("u") ? 4 : 8)) else { throw fail() }
                out.append(contentsOf: Array(String(scalar).utf8))
            case ascii("0")...ascii("7"):
                guard k + 2 <= body.count,
                    let v = UInt8(String(decoding: body[(k - 1)..<(k + 2)], as: UTF8.self), radix: 8)
                else { throw fail() }
                k += 2
                out.append(v)
            default: throw fail()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Character classes

    private func rightDelim(at k: Int) -> (end: Int, trim: Bool)? {
        if isTrimRightDelim(at: k) { return (k + 4, true) }
        if hasPrefix("}}", at: k) { return (k + 2, false) }
        return nil
    }

    private func isTrimRightDelim(at k: Int) -> Bool {
        k < src.count && isSpace(src[k]) && hasPrefix("-}}", at: k + 1)
    }

    /// Go rejects `.Foo-bar` and the like instead of splitting the word.
    private func checkTerminator(_ k: Int) throws {
        guard k < src.count else { return }
        let c = src[k]
        if isSpace(c) || rightDelim(at: k) != nil { return }
        if [ascii("."), ascii(","), ascii("|"), ascii(":"), ascii(")"), ascii("(")].contains(c) { return }
        let scalar = String(decoding: src[k...].prefix(4), as: UTF8.self).unicodeScalars.first
        let code = String(scalar?.value ?? UInt32(c), radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        throw TemplateParseFailure(message: "bad character U+\(padded) '\(scalar.map(String.init) ?? "")'", pos: k)
    }

    private func hasPrefix(_ s: StaticString, at k: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard k + n <= src.count else { return false }
        return s.withUTF8Buffer { buf in buf.elementsEqual(src[k..<(k + n)]) }
    }

    private func find(_ s: StaticString, from start: Int) -> Int? {
        var k = start
        while k < src.count {
            if hasPrefix(s, at: k) { return k }
            k += 1
        }
        return nil
    }
}

private func ascii(_ c: Unicode.Scalar) -> UInt8 { UInt8(truncatingIfNeeded: c.value) }
private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
/// Any non-ASCII byte counts as a letter so Unicode identifiers pass through whole.
private func isAlnum(_ c: UInt8) -> Bool {
    isDigit(c) || c == ascii("_") || (c | 0x20 >= ascii("a") && c | 0x20 <= ascii("z")) || c >= 0x80
}
