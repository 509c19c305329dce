/// One instruction of a Containerfile as written: continuation lines
/// joined, its `--flags` split off, and the bodies of its heredocs read.
/// Nothing is expanded yet: variables depend on the stage it lands in.
public struct Instruction: Equatable, Sendable {
    /// Upper-cased: `RUN`, `COPY`...
    public var keyword: String
    /// Leading `--name=value` words, as written.
    public var flags: [String]
    /// The rest of the instruction after the flags, continuations joined.
    public var arguments: String
    public var heredocs: [Heredoc]
    /// Where the instruction starts (1-based), for error messages.
    public var line: Int

    public init(keyword: String, flags: [String] = [], arguments: String, heredocs: [Heredoc] = [], line: Int) {
        self.keyword = keyword
        self.flags = flags
        self.arguments = arguments
        self.heredocs = heredocs
        self.line = line
    }

    /// `RUN echo hi`, as the step lines and history show it.
    public var text: String {
        ([keyword] + flags + (arguments.isEmpty ? [] : [arguments])).joined(separator: " ")
    }

    /// The JSON (exec) form's words, when the arguments are a JSON array
    /// of strings; nil for the shell form.
    public var jsonForm: [String]? {
        let trimmed = arguments.trimmingWhitespace
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
        return JSONStringArray.parse(trimmed)
    }

    /// Every value given as `--name=value`, in order (`RUN --mount`).
    public func flags(named name: String) -> [String] {
        flags.filter { $0.hasPrefix("--" + name + "=") }.map { String($0.dropFirst(name.count + 3)) }
    }

    /// The value of `--name=value` (the last one given), or nil.
    public func flag(_ name: String) -> String? {
        var value: String?
        for f in flags {
            if f == "--" + name { value = "" }
            if f.hasPrefix("--" + name + "=") { value = String(f.dropFirst(name.count + 3)) }
        }
        return value
    }
}

/// `<<EOF ... EOF` after an instruction: a file or a script written inline.
public struct Heredoc: Equatable, Sendable {
    public var delimiter: String
    /// The lines up to the delimiter, each ending in a newline.
    public var content: String
    /// Unquoted delimiters have their content's variables expanded.
    public var expands: Bool
    /// `<<-`: leading tabs were removed from each line.
    public var stripsTabs: Bool

    public init(delimiter: String, content: String, expands: Bool, stripsTabs: Bool) {
        self.delimiter = delimiter
        self.content = content
        self.expands = expands
        self.stripsTabs = stripsTabs
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
        return String(s)
    }
}
