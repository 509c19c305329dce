/// Reads `["a", "b\n"]`: the exec form of RUN, CMD, ENTRYPOINT, SHELL,
/// COPY, ADD and VOLUME. Anything else (numbers, nesting, a trailing
/// comma) is not the JSON form, and the text is taken as the shell form,
/// as Docker does.
enum JSONStringArray {
    static func parse(_ text: String) -> [String]? {
        var chars = Array(text.unicodeScalars)[...]
        func skipSpace() { while let c = chars.first, c == " " || c == "\t" || c == "\n" || c == "\r" { chars.removeFirst() } }
        skipSpace()
        guard chars.first == "[" else { return nil }
        chars.removeFirst()
        var out: [String] = []
        skipSpace()
        if chars.first == "]" {
            chars.removeFirst()
            skipSpace()
            return chars.isEmpty ? [] : nil
        }
        while true {
            skipSpace()
            guard chars.first == "\"" else { return nil }
            chars.removeFirst()
            var s = String.UnicodeScalarView()
            while true {
                guard let c = chars.popFirst() else { return nil }
                if c == "\"" { break }
                if c == "\\" {
                    guard let e = chars.popFirst() else { return nil }
                    switch e {
                    case "\"": s.append("\"")
                    case "\\": s.append("\\")
                    case "/": s.append("/")
                    case "b": s.append("\u{08}")
                    case "f": s.append("\u{0C}")
                    case "n": s.append("\n")
                    case "r": s.append("\r")
                    case "t": s.append("\t")
                    case "u":
                        guard chars.count >= 4, let v = UInt32(String(String.UnicodeScalarView(chars.prefix(4))), radix: 16),
                              let scalar = Unicode.Scalar(v) else { return nil }
                        chars.removeFirst(4)
                        s.append(scalar)
                    default: return nil
                    }
                } else {
                    s.append(c)
                }
            }
            out.append(String(s))
            skipSpace()
            guard let next = chars.popFirst() else { return nil }
            if next == "]" { break }
            guard next == "," else { return nil }
        }
        skipSpace()
        return chars.isEmpty ? out : nil
    }
}
