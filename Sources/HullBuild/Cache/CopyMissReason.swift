import HullEngine
import HullLinux

/// Why a COPY or ADD missed the cache, in one line a person can act on
/// (`--> cache miss: /app/src/main.c changed`). Each copy site (parent
/// image and instruction) remembers the manifest of what it last copied;
/// a miss is explained by comparing the new manifest with it.
struct CopyMissReason {
    let directory: String

    private func path(_ site: String) -> String { directory + "/copy-" + site }

    /// The explanation, or nil when nothing was copied here before.
    func explain(site: String, manifest: [(target: String, line: String)]) -> String? {
        guard let bytes = try? FileSystem.readFile(path(site)) else { return nil }
        var before: [String: String] = [:]
        for row in bytes.split(separator: UInt8(ascii: "\n")) {
            guard let tab = row.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            before[String(decoding: row[..<tab], as: UTF8.self)] = String(decoding: row[(tab + 1)...], as: UTF8.self)
        }
        var reasons: [String] = []
        var now = Set<String>()
        for entry in manifest {
            now.insert(entry.target)
            guard let old = before[entry.target] else { reasons.append("\(entry.target) added"); continue }
            if old != Self.flat(entry.line) { reasons.append("\(entry.target) changed") }
        }
        for target in before.keys.sorted() where !now.contains(target) { reasons.append("\(target) removed") }
        guard let first = reasons.first else { return nil }
        return reasons.count == 1 ? first : "\(first) (and \(reasons.count - 1) more)"
    }

    func remember(site: String, manifest: [(target: String, line: String)]) {
        var text = ""
        for entry in manifest where !entry.target.contains("\n") && !entry.target.contains("\t") {
            text += entry.target + "\t" + Self.flat(entry.line) + "\n"
        }
        try? FileSystem.makeDirectories(directory, mode: 0o700)
        try? AtomicFile.write(Array(text.utf8), to: path(site), mode: 0o600, durable: false)
    }

    /// Manifest lines hold NULs between fields; stored as tabs.
    private static func flat(_ line: String) -> String {
        String(line.map { $0 == "\u{0}" || $0 == "\n" ? " " : $0 })
    }
}
