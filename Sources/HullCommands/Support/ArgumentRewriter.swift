/// Podman's command line accepts a few things swift-argument-parser does
/// not; this turns them into forms it does, before parsing.
enum ArgumentRewriter {
    /// Boolean flags, long and short, that may be written `--flag=true|false`.
    static let booleanFlags: Set<String> = [
        "rm", "tty", "t", "interactive", "i", "detach", "d", "all", "a", "quiet", "q", "force", "f",
        "no-trunc", "noheading", "n", "privileged", "read-only", "init", "latest", "l", "noout", "size", "s",
        "attach", "ignore", "external", "digests", "sig-proxy", "no-sig-proxy", "no-stdin", "archive",
        "follow-link", "L", "replace", "depend", "external", "stream",
    ]

    /// Boolean flags that default to true: `--flag=false` is `--no-flag`.
    static let trueByDefault: Set<String> = ["sig-proxy", "stream"]

    static let globalValueOptions: Set<String> = [
        "--root", "--runroot", "--storage-opt", "--log-level", "--storage-driver", "--runtime-flag", "--config",
        "--events-backend", "--cgroup-manager",
    ]
    static let globalFlags: Set<String> = ["--noout", "--debug", "-D"]

    static func rewrite(_ args: [String]) -> [String] {
        var out: [String] = []
        // Global options before the verb move after it, so the verb's
        // option group sees them (`hull --root X ps` = `hull ps --root X`).
        var index = leadingGlobalWords(args)
        let globals = Array(args[..<index])
        // The verb, and for groups (`image`, `container`) the sub-verb.
        var verbs: [String] = []
        while index < args.count, !args[index].hasPrefix("-"), verbs.count < 2 {
            verbs.append(args[index])
            index += 1
            if let first = verbs.first, !["image", "container", "volume", "network", "system", "buildx", "builder"].contains(first) { break }
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

    /// How many words at the start are global options and their values.
    static func leadingGlobalWords(_ args: [String]) -> Int {
        min(leadingGlobalWordsWanted(args), args.count)
    }

    /// As `leadingGlobalWords`, one more when the last option lacks its value.
    static func leadingGlobalWordsWanted(_ args: [String]) -> Int {
        var index = 0
        while index < args.count {
            let arg = args[index]
            let key = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
            if globalValueOptions.contains(key) {
                index += arg.contains("=") ? 1 : 2
            } else if globalFlags.contains(key) {
                index += 1
            } else {
                break
            }
        }
        return index
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
        guard arg.hasPrefix("-"), !arg.contains("="), !isNegativeNumber(arg) else { return false }
        if arg.hasPrefix("--") { return !booleanFlags.contains(String(arg.dropFirst(2))) && !globalFlags.contains(arg) }
        // A bundle of short flags takes a value only when its last letter does.
        guard let last = arg.last else { return false }
        return !booleanFlags.contains(String(last))
    }

    /// "-1", "-0.5", "-5m": a value, never an option (`--cpus -1`).
    static func isNegativeNumber(_ word: String) -> Bool {
        let rest = word.utf8.dropFirst()
        guard word.hasPrefix("-"), let first = rest.first else { return false }
        let isDigit = { (c: UInt8) in c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        return isDigit(first) || (first == UInt8(ascii: ".") && rest.dropFirst().first.map(isDigit) == true)
    }

    /// Podman's flag parser gives an option that takes a value the next
    /// word whatever it looks like (`--cpus -1`, `kill -s -INT`);
    /// swift-argument-parser takes it for an option. Each such pair becomes
    /// `--long=word`. `valueOptions` maps every spelling of the command's
    /// value options ("-s", "--signal") to its long name; words after "--"
    /// are the container's and stay as they are.
    static func glueDashValues(_ args: [String], valueOptions: [String: String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < args.count {
            let arg = args[index]
            index += 1
            if arg == "--" {
                out += args[(index - 1)...]
                break
            }
            if let long = valueOptions[arg], index < args.count, args[index].hasPrefix("-"), args[index] != "--" {
                out.append("--\(long)=\(args[index])")
                index += 1
            } else {
                out.append(arg)
            }
        }
        return out
    }
}
