/// `--log-level` and `--debug`, read from the raw command line before the
/// parser runs: the level decides what an error prints (its cause at
/// debug and trace), and an error can happen before any command is parsed.
enum LogLevel: String, CaseIterable {
    case trace, debug, info, warn, warning, error, fatal, panic

    /// What the user asked for; warn when nothing was.
    nonisolated(unsafe) static var current: LogLevel = .warn

    /// Podman's rules: an unknown level, or both flags, exit 1.
    static func select(from arguments: [String]) throws(LogLevelError) {
        var named: String?
        var debugFlag = false
        var index = 0
        while index < arguments.count {
            let arg = arguments[index]
            if arg == "--" { break }
            if arg == "--log-level", index + 1 < arguments.count {
                named = arguments[index + 1]
                index += 1
            } else if arg.hasPrefix("--log-level=") {
                named = String(arg.dropFirst("--log-level=".count))
            } else if arg == "--debug" || arg == "-D" {
                debugFlag = true
            }
            index += 1
        }
        if debugFlag && named != nil { throw .bothGiven }
        if debugFlag { current = .debug; return }
        guard let named else { return }
        guard let level = LogLevel(rawValue: named.lowercased()) else { throw .unsupported(named) }
        current = level
    }

    var showsCauses: Bool { self == .debug || self == .trace }
}

enum LogLevelError: Error, CustomStringConvertible {
    case unsupported(String)
    case bothGiven

    var description: String {
        switch self {
        case .unsupported(let level):
            "Log Level \"\(level)\" is not supported, choose from: " + LogLevel.allCases.map(\.rawValue).joined(separator: ", ")
        case .bothGiven:
            "Setting --log-level and --debug is not allowed"
        }
    }
}
