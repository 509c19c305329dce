/// Docker's rules for what a container runs, from the image's Entrypoint
/// and Cmd and the user's `--entrypoint` and arguments.
public enum CommandResolution {
    /// - entrypointOverride: nil when not given; `[]` for `--entrypoint ""`.
    /// - args: the words after the image on the command line.
    public static func resolve(imageEntrypoint: [String]?, imageCmd: [String]?,
                               entrypointOverride: [String]?, args: [String]) throws(HullError) -> (entrypoint: [String], cmd: [String]) {
        let entrypoint = entrypointOverride ?? imageEntrypoint ?? []
        let cmd: [String]
        if !args.isEmpty {
            cmd = args
        } else if entrypointOverride != nil {
            // An entrypoint given on the command line drops the image's Cmd,
            // which was written for the image's own entrypoint.
            cmd = []
        } else {
            cmd = imageCmd ?? []
        }
        if entrypoint.isEmpty && cmd.isEmpty {
            throw HullError(.failure, "no command or entrypoint provided, and no CMD or ENTRYPOINT from image")
        }
        return (entrypoint, cmd)
    }
}

/// The process environment: image, then user settings, with Podman's defaults.
public enum ContainerEnvironment {
    public static let defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    /// Later entries override earlier ones with the same key; order is kept.
    public static func merge(_ lists: [String]...) -> [String] {
        var keys: [String] = []
        var values: [String: String] = [:]
        for list in lists {
            for item in list {
                let key = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? item
                if values[key] == nil { keys.append(key) }
                values[key] = item
            }
        }
        return keys.compactMap { values[$0] }
    }

    public static func value(_ key: String, in env: [String]) -> String? {
        for item in env.reversed() where item.hasPrefix(key + "=") {
            return String(item.dropFirst(key.count + 1))
        }
        return nil
    }

    /// `-e KEY` (no `=`) takes the value from hull's own environment, as Podman does.
    public static func expandUserEnv(_ items: [String], host: [String: String]) -> [String] {
        items.compactMap { item in
            if item.contains("=") { return item }
            return host[item].map { item + "=" + $0 }
        }
    }
}
