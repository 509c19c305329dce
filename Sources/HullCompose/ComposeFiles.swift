#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine

/// Which files make the project: `-f` ones, else the first of compose's
/// default names in the working directory or the nearest parent that has
/// one, with its `compose.override.yaml` beside it.
public enum ComposeFiles {
    public static let defaultNames = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"]
    public static let overrideNames = ["compose.override.yaml", "compose.override.yml",
                                       "docker-compose.override.yaml", "docker-compose.override.yml"]

    public static func find(explicit: [String], workingDirectory: String,
                            exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) throws(HullError) -> [String] {
        if !explicit.isEmpty {
            return try explicit.map { (f) throws(HullError) in
                let full = f == "-" ? f : (f.hasPrefix("/") ? f : workingDirectory + "/" + f)
                guard f == "-" || exists(full) else { throw HullError(.failure, "open \(full): no such file or directory") }
                return full
            }
        }
        var dir = workingDirectory
        while true {
            if let name = defaultNames.first(where: { exists(dir + "/" + $0) }) {
                var files = [dir + "/" + name]
                if let o = overrideNames.first(where: { exists(dir + "/" + $0) }) { files.append(dir + "/" + o) }
                return files
            }
            guard dir != "/" && !dir.isEmpty else { break }
            let parent = String(dir[..<(dir.lastIndex(of: "/") ?? dir.startIndex)])
            dir = parent.isEmpty ? "/" : parent
        }
        throw HullError(.failure, "no configuration file provided: not found")
    }
}
