/// Docker's word processing for the instructions that expand variables
/// (FROM, COPY, ADD, ENV, ARG, LABEL, WORKDIR, USER, EXPOSE, VOLUME,
/// STOPSIGNAL): quotes are removed, the escape character makes the next
/// character literal, and `$V`, `${V}`, `${V:-w}`, `${V-w}`, `${V:+w}`,
/// `${V+w}`, `${V:?msg}` and `${V?msg}` are replaced. An unset variable is
/// empty. RUN, CMD and ENTRYPOINT are left to the container's shell.
public struct ShellLexer: Sendable {
    public var escape: Character

    public init(escape: Character = "\\") {
        self.escape = escape
    }

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// One word: quotes removed, variables replaced, no splitting.
    public func word(_ text: String, lookup: (String) -> String?) throws(Failure) -> String {
        try withoutActuallyEscaping(lookup) { (lookup) throws(Failure) -> String in
            var scanner = Scanner(chars: Array(text), escape: escape, lookup: lookup)
            return try scanner.process(stopAt: nil, split: false).joined()
        }
    }

    /// Words split at blanks outside quotes; an unquoted variable's value
    /// is split too, as Docker does.
    public func words(_ text: String, lookup: (String) -> String?) throws(Failure) -> [String] {
        try withoutActuallyEscaping(lookup) { (lookup) throws(Failure) -> [String] in
            var scanner = Scanner(chars: Array(text), escape: escape, lookup: lookup)
            return try scanner.process(stopAt: nil, split: true)
        }
    }

    /// A heredoc's body: variables replaced (the escape character keeps a
    /// `$` literal), quotes and everything else left as written.
    public func expandingOnly(_ text: String, lookup: (String) -> String?) throws(Failure) -> String {
        try withoutActuallyEscaping(lookup) { (lookup) throws(Failure) -> String in
            var scanner = Scanner(chars: Array(text), escape: escape, lookup: lookup)
            var out = ""
            while scanner.i < scanner.chars.count {
                let c = scanner.chars[scanner.i]
                if c == "$" {
                    out += try scanner.dollar()
                } else if c == escape, scanner.i + 1 < scanner.chars.count, scanner.chars[scanner.i + 1] == "$" {
                    out.append("$")
                    scanner.i += 2
                } else {
                    out.append(c)
                    scanner.i += 1
                }
            }
            return out
        }
    }

    private struct Scanner {
        let chars: [Character]
        let escape: Character
        let lookup: (String) -> String?
        var i = 0

        init(chars: [Character], escape: Character, lookup: @escaping (String) -> String?) {
            self.chars = chars
            self.escape = escape
            self.lookup = lookup
        }

        /// Until `stopAt` (consumed) or the end.
        mutating func process(stopAt: Character?, split: Bool) throws(Failure) -> [String] {
            var words = WordCollector(split: split)
            while i < chars.count {
                let c = chars[i]
                if let stopAt, c == stopAt {
                    i += 1
                    return words.finish()
                }
                switch c {
                case "'":
                    i += 1
                    words.addRaw(try singleQuoted())
                case "\"":
                    i += 1
                    words.addRaw(try doubleQuoted())
                case "$":
                    words.addExpanded(try dollar())
                default:
                    i += 1
                    if c == escape {
                        // A trailing escape is dropped, as Docker does.
                        guard i < chars.count else { continue }
                        words.addRaw(String(chars[i]))
                        i += 1
                    } else {
                        words.add(c)
                    }
                }
            }
            if let stopAt {
                throw Failure(description: "unexpected end of statement while looking for matching \(stopAt)")
            }
            return words.finish()
        }

        mutating func singleQuoted() throws(Failure) -> String {
            var out = ""
            while i < chars.count {
                let c = chars[i]
                i += 1
                if c == "'" { return out }
                out.append(c)
            }
            throw Failure(description: "unexpected end of statement while looking for matching single-quote")
        }

        /// `$` expands; the escape character escapes only `"`, `$` and itself.
        mutating func doubleQuoted() throws(Failure) -> String {
            var out = ""
            while i < chars.count {
                let c = chars[i]
                if c == "\"" { i += 1; return out }
                if c == "$" {
                    out += try dollar()
                    continue
                }
                i += 1
                if c == escape, i < chars.count, chars[i] == "\"" || chars[i] == "$" || chars[i] == escape {
                    out.append(chars[i])
                    i += 1
                } else {
                    out.append(c)
                }
            }
            throw Failure(description: "unexpected end of statement while looking for matching double-quote")
        }

        /// At a `$`: its replacement.
        mutating func dollar() throws(Failure) -> String {
            i += 1
            guard i < chars.count else { return "$" }
            if chars[i] != "{" {
                let name = readName()
                return name.isEmpty ? "$" : lookup(name) ?? ""
            }
            i += 1
            let name = readName()
            guard !name.isEmpty, i < chars.count else { throw Failure(description: "bad substitution: missing variable name in ${}") }
            var modifier = chars[i]
            i += 1
            if modifier == "}" { return lookup(name) ?? "" }
            var colon = false
            if modifier == ":" {
                guard i < chars.count else { throw Failure(description: "bad substitution: ${\(name):") }
                colon = true
                modifier = chars[i]
                i += 1
            }
            guard modifier == "-" || modifier == "+" || modifier == "?" else {
                throw Failure(description: "unsupported modifier (\(colon ? ":" : "")\(modifier)) in substitution of \(name)")
            }
            let word = try process(stopAt: "}", split: false).joined()
            let value = lookup(name)
            let present = colon ? !(value ?? "").isEmpty : value != nil
            switch modifier {
            case "-": return present ? value ?? "" : word
            case "+": return present ? word : ""
            default:
                if present { return value ?? "" }
                throw Failure(description: "\(name): \(word.isEmpty ? "parameter not set" : word)")
            }
        }

        /// `NAME`, or a run of digits, or one special parameter character.
        mutating func readName() -> String {
            var name = ""
            if i < chars.count, chars[i].isASCII, chars[i].isNumber {
                while i < chars.count, chars[i].isASCII, chars[i].isNumber { name.append(chars[i]); i += 1 }
                return name
            }
            if i < chars.count, "#*@?$!".contains(chars[i]) {
                // A special shell parameter: it has no value in a build.
                let c = chars[i]
                i += 1
                return String(c)
            }
            while i < chars.count, chars[i].isASCII, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" {
                name.append(chars[i])
                i += 1
            }
            return name
        }
    }

    /// Docker's wordsStruct: quoted text joins the current word; blanks
    /// (literal or from an unquoted expansion) end it.
    private struct WordCollector {
        let split: Bool
        var words: [String] = []
        var current = ""
        var inWord = false

        init(split: Bool) { self.split = split }

        mutating func add(_ c: Character) {
            if split && (c == " " || c == "\t" || c == "\n" || c == "\r") {
                if inWord { words.append(current); current = ""; inWord = false }
                return
            }
            current.append(c)
            inWord = true
        }

        mutating func addRaw(_ s: String) {
            current += s
            inWord = true
        }

        mutating func addExpanded(_ s: String) {
            for c in s { add(c) }
        }

        mutating func finish() -> [String] {
            if !split { return [current] }
            if inWord { words.append(current) }
            return words
        }
    }
}
