/// `ENV`, `LABEL` and `ARG` arguments: `k=v k2="v 2"` pairs, or the
/// legacy `ENV k the rest` form. Words are split as Docker's parseWords
/// does (quotes and escapes kept, for the lexer to process the value).
enum KeyValueWords {
    struct Failure: Error { let message: String }

    /// (key, raw value); the value is nil for a bare `ARG name`.
    static func parse(_ text: String, escape: Character, legacyAllowed: Bool,
                      bareAllowed: Bool) throws(Failure) -> [(String, String?)] {
        let words = split(text, escape: escape)
        guard let first = words.first else { throw Failure(message: "requires at least one argument") }
        if legacyAllowed, !first.contains("=") {
            // `ENV name value with spaces`: everything after the name.
            let rest = text.trimmingWhitespace.dropFirst(first.count).drop { $0 == " " || $0 == "\t" }
            guard !rest.isEmpty else { throw Failure(message: "requires two arguments: \(first) has no value") }
            return [(first, String(rest))]
        }
        var out: [(String, String?)] = []
        for word in words {
            guard let eq = word.firstIndex(of: "=") else {
                guard bareAllowed else {
                    throw Failure(message: "can't find = in \"\(word)\". Must be of the form: name=value")
                }
                out.append((word, nil))
                continue
            }
            let key = String(word[..<eq])
            guard !key.isEmpty else { throw Failure(message: "invalid empty name in \"\(word)\"") }
            out.append((key, String(word[word.index(after: eq)...])))
        }
        return out
    }

    /// Docker's parseWords: blanks separate words outside quotes.
    static func split(_ text: String, escape: Character) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var blankOK = false
        var quote: Character?
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                if c == q { quote = nil }
                if c == escape && q != "'" && i + 1 < chars.count {
                    word.append(c)
                    i += 1
                    word.append(chars[i])
                    i += 1
                    continue
                }
                word.append(c)
                i += 1
                continue
            }
            if c == " " || c == "\t" || c == "\n" {
                if inWord && (blankOK || !word.isEmpty) { words.append(word) }
                word = ""
                inWord = false
                blankOK = false
                i += 1
                continue
            }
            inWord = true
            if c == "'" || c == "\"" { quote = c; blankOK = true }
            if c == escape {
                if i + 1 == chars.count { i += 1; continue }
                word.append(c)
                i += 1
            }
            word.append(chars[i])
            i += 1
        }
        if inWord && (blankOK || !word.isEmpty) { words.append(word) }
        return words
    }
}
