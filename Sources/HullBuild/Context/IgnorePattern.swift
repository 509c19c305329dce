/// One line of a `.containerignore`/`.dockerignore`, matched as Docker's
/// patternmatcher does: Go's `filepath.Match` syntax (`*` and `?` never
/// cross a `/`, `[a-z]` classes, `\` escapes) plus `**`, which spans any
/// number of directories, zero included.
public struct IgnorePattern: Equatable, Sendable {
    public let text: String
    /// `!pattern`: files it matches are taken back in.
    public let exclusion: Bool
    private let tokens: [Token]

    enum Token: Equatable {
        case literal(Character)
        case star
        case any
        case characterClass(negated: Bool, ranges: [ClosedRange<Character>])
        /// `**/` (or `**` before more pattern): nothing, or anything ending in `/`.
        case directories
        /// `**` at the end: anything.
        case rest
    }

    /// nil for blank lines and comments.
    public init?(line: String) {
        var text = line.trimmingWhitespace
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        exclusion = text.hasPrefix("!")
        if exclusion { text = String(text.dropFirst()).trimmingWhitespace }
        text = ContextPath.clean(text)
        if text.count > 1, text.hasPrefix("/") { text.removeFirst() }
        self.text = text
        tokens = Self.compile(text)
    }

    private static func compile(_ pattern: String) -> [Token] {
        var out: [Token] = []
        let chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            switch c {
            case "*":
                if i < chars.count, chars[i] == "*" {
                    i += 1
                    if i < chars.count, chars[i] == "/" { i += 1 }
                    out.append(i >= chars.count ? .rest : .directories)
                } else {
                    out.append(.star)
                }
            case "?": out.append(.any)
            case "[":
                var negated = false
                if i < chars.count, chars[i] == "^" || chars[i] == "!" { negated = true; i += 1 }
                var ranges: [ClosedRange<Character>] = []
                var closed = false
                while i < chars.count {
                    var lo = chars[i]
                    if lo == "]" && !ranges.isEmpty { i += 1; closed = true; break }
                    if lo == "\\", i + 1 < chars.count { i += 1; lo = chars[i] }
                    i += 1
                    var hi = lo
                    if i + 1 < chars.count, chars[i] == "-", chars[i + 1] != "]" {
                        hi = chars[i + 1]
                        if hi == "\\", i + 2 < chars.count { hi = chars[i + 2]; i += 1 }
                        i += 2
                    }
                    if lo <= hi { ranges.append(lo...hi) }
                }
                // An unclosed class matches nothing, as Go's ErrBadPattern.
                out.append(closed ? .characterClass(negated: negated, ranges: ranges)
                                  : .characterClass(negated: false, ranges: []))
            case "\\":
                if i < chars.count { out.append(.literal(chars[i])); i += 1 } else { out.append(.literal("\\")) }
            default:
                out.append(.literal(c))
            }
        }
        return out
    }

    /// Whether the whole (cleaned, relative) path matches.
    public func matches(_ path: String) -> Bool {
        Self.match(tokens[...], Array(path)[...])
    }

    private static func match(_ tokens: ArraySlice<Token>, _ s: ArraySlice<Character>) -> Bool {
        guard let token = tokens.first else { return s.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let c):
            return s.first == c && match(rest, s.dropFirst())
        case .any:
            guard let c = s.first, c != "/" else { return false }
            return match(rest, s.dropFirst())
        case .characterClass(let negated, let ranges):
            guard let c = s.first, c != "/" else { return false }
            let inside = ranges.contains { $0.contains(c) }
            return inside != negated && match(rest, s.dropFirst())
        case .star:
            var t = s
            while true {
                if match(rest, t) { return true }
                guard let c = t.first, c != "/" else { return false }
                t = t.dropFirst()
            }
        case .rest:
            return true
        case .directories:
            if match(rest, s) { return true }
            var t = s
            while let c = t.first {
                t = t.dropFirst()
                if c == "/" && match(rest, t) { return true }
            }
            return false
        }
    }
}

/// A whole ignore file: the last pattern that matches a path (or one of
/// its parent directories) decides, so `!` lines take files back in.
public struct IgnoreMatcher: Sendable {
    public let patterns: [IgnorePattern]

    public init(patterns: [IgnorePattern]) {
        self.patterns = patterns
    }

    public init(text: String) {
        patterns = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { IgnorePattern(line: String($0)) }
    }

    public var hasExclusions: Bool { patterns.contains(where: \.exclusion) }

    /// Docker's MatchesOrParentMatches. `path` is relative to the context.
    public func ignores(_ path: String) -> Bool {
        let file = ContextPath.clean(path)
        let parents = file.split(separator: "/").dropLast().map(String.init)
        var matched = false
        for pattern in patterns where pattern.exclusion == matched {
            var hit = pattern.matches(file)
            if !hit && !parents.isEmpty {
                for n in 1...parents.count where pattern.matches(parents.prefix(n).joined(separator: "/")) {
                    hit = true
                    break
                }
            }
            if hit { matched = !pattern.exclusion }
        }
        return matched
    }
}
