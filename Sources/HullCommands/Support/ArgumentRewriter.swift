/// Podman's command line accepts a few things swift-argument-parser does
/// not; this turns them into forms it does, before parsing.
enum ArgumentRewriter {
    /// Boolean flags, long and short, that may be written `--flag=true|false`.
    static let booleanFlags: Set<String> = [
        "rm", "tty", "t", "interactive", "i", "detach", "d", "all", "a", "quiet", "q", "force", "f",
        "no-trunc", "noheading", "n", "privileged", "read-only", "init", "latest", "l", "noout", "size", "s",
        "attach", "ignore", "external", "digests", "sig-proxy", "no-sig-proxy", "no-stdin", "archive",
        "follow-link", "L", "replace", "depend", "external",
    ]

    /// Boolean flags that default to true: `--flag=false` is `--no-flag`.
    static let trueByDefault: Set<String> = ["sig-proxy"]

    static let globalValueOptions: Set<String> = ["--root", "--runroot", "--storage-opt", "--log-level"]
    static let globalFlags: Set<String> = ["--noout", "--debug", "-D"]

    static func rewrite(_ args: [String]) -> [String] {
        var out: [String] = []
        var globals: [String] = []
        var index = 0
        // Global options before the verb move after it, so the verb's
        // option group sees them (`hull --root X ps` = `hull ps --root X`).
        while index < args.count {
            let arg = args[index]
            let key = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
            if globalValueOptions.contains(key) {
                globals.append(arg)
                if !arg.contains("="), index + 1 < args.count { globals.append(args[index + 1]); index += 1 }
                index += 1
            } else if globalFlags.contains(key) {
                globals.append(arg)
                index += 1
            } else {
                break
            }
        }
        // The verb, and for groups (`image`, `container`) the sub-verb.
        var verbs: [String] = []
        while index < args.count, !args[index].hasPrefix("-"), verbs.count < 2 {
            verbs.append(args[index])
            index += 1
            if let first = verbs.first, !["image", "container", "volume"].contains(first) { break }
        }
        out = verbs + globals
        var rest = args[index...].makeIterator()
        while let arg = rest.next() {
            if arg == "--" {
                out.append(arg)
                while let more = rest.next() { out.append(more) }
                break
            }
            let previous = out.last
            out.append(contentsOf: rewriteBoolean(arg))
            // The first positional of run/create/exec is the image (or the
            // container); all after it is the container's command, left as
            // written behind a "--" so no option parser reads it. For
            // unshare the first positional is the command itself.
            // (run's -a is --attach STREAM; elsewhere -a is --all, --attach a flag.)
            if !arg.hasPrefix("-"), let verb = verbs.last, ["run", "create", "exec", "unshare"].contains(verb),
               !(previous.map { takesValue($0) || (verb == "run" && ($0 == "-a" || $0 == "--attach")) } ?? false) {
                var tail: [String] = []
                while let more = rest.next() { tail.append(more) }
                if !tail.isEmpty {
                    if tail.first != "--" { out.append("--") }
                    out.append(contentsOf: tail)
                }
                break
            }
        }
        return out
    }

    /// `--rm=false` -> nothing, `--rm=true` -> `--rm`, `-t=false` -> nothing.
    static func rewriteBoolean(_ arg: String) -> [String] {
        guard arg.hasPrefix("-"), let eq = arg.firstIndex(of: "=") else { return [arg] }
        let name = arg[..<eq].drop { $0 == "-" }
        // `--detach-keys=` is an empty value, which the parser would miss.
        if arg.hasPrefix("--"), arg.index(after: eq) == arg.endIndex, !booleanFlags.contains(String(name)) {
            return [String(arg[..<eq]), ""]
        }
        let value = arg[arg.index(after: eq)...].lowercased()
        guard booleanFlags.contains(String(name)), value == "true" || value == "false" else { return [arg] }
        if trueByDefault.contains(String(name)) { return value == "true" ? ["--" + name] : ["--no-" + name] }
        return value == "true" ? [String(arg[..<eq])] : []
    }

    /// Whether an option word consumes the next word as its value. Used only
    /// to find where a run/create/exec command's image argument is.
    static func takesValue(_ arg: String) -> Bool {
        guard arg.hasPrefix("-"), !arg.contains("=") else { return false }
        if arg.hasPrefix("--") { return !booleanFlags.contains(String(arg.dropFirst(2))) && !globalFlags.contains(arg) }
        // A bundle of short flags takes a value only when its last letter does.
        guard let last = arg.last else { return false }
        return !booleanFlags.contains(String(last))
    }
}
