#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// How a step's arguments become values: expansion with the stage's
/// variables, the command forms, `user:group` lookups.
extension StageBuilder {
    func expand(_ text: String, _ step: Instruction, quotes: Bool = true) throws -> String {
        let state = self.state
        do {
            if !quotes {
                // JSON-form words and heredoc bodies: only variables, quotes are content.
                return try ShellLexer(escape: file.escape).expandingOnly(text) { state.lookup($0) }
            }
            return try lexer.word(text) { state.lookup($0) }
        } catch {
            throw file.error(step, error.description)
        }
    }

    func words(_ step: Instruction) throws -> [String] {
        let state = self.state
        do {
            return try lexer.words(step.arguments) { state.lookup($0) }
        } catch {
            throw file.error(step, error.description)
        }
    }

    func one(_ step: Instruction) throws -> String {
        let text = step.arguments.trimmingWhitespace
        guard !text.isEmpty else { throw file.error(step, "\(step.keyword) requires exactly one argument") }
        return text
    }

    func pairs(_ step: Instruction, legacy: Bool, bare: Bool) throws -> [(String, String?)] {
        do {
            return try KeyValueWords.parse(step.arguments, escape: file.escape, legacyAllowed: legacy, bareAllowed: bare)
        } catch {
            throw file.error(step, "\(step.keyword) \(error.message)")
        }
    }

    /// CMD and ENTRYPOINT: the JSON form as is, else the stage's shell.
    func commandForm(_ step: Instruction) throws -> [String] {
        if let json = step.jsonForm { return json }
        let text = step.arguments.trimmingWhitespace
        return text.isEmpty ? [] : state.shell + [text]
    }

    /// `user[:group]` by name (from the image's /etc/passwd and /etc/group)
    /// or number.
    func userIDs(_ spec: String?, tree: LayeredTree, group: Bool = false) throws -> (uid: UInt32, gid: UInt32) {
        guard let spec, !spec.isEmpty else { return (0, 0) }
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        let passwd = (tree.readFile("/etc/passwd") ?? "").split(separator: "\n").map { $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init) }
        let groups = (tree.readFile("/etc/group") ?? "").split(separator: "\n").map { $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init) }
        var uid: UInt32
        var gid: UInt32
        if let n = UInt32(parts[0]) {
            uid = n
            gid = passwd.first { $0.count > 3 && $0[2] == parts[0] }.flatMap { UInt32($0[3]) } ?? n
        } else if let row = passwd.first(where: { $0.count > 3 && $0[0] == parts[0] }), let u = UInt32(row[2]), let g = UInt32(row[3]) {
            uid = u
            gid = g
        } else {
            throw HullError(.failure, "unable to find user \(parts[0]): no matching entries in passwd file")
        }
        if parts.count == 2 {
            if let n = UInt32(parts[1]) {
                gid = n
            } else if let row = groups.first(where: { $0.count > 2 && $0[0] == parts[1] }), let g = UInt32(row[2]) {
                gid = g
            } else {
                throw HullError(.failure, "unable to find group \(parts[1]): no matching entries in group file")
            }
        } else if group, UInt32(parts[0]) != nil {
            // `--chown=1000`: the group is the same number.
            gid = uid
        }
        return (uid, gid)
    }

    static func json(_ words: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let data = try? encoder.encode(words) else { return "\(words)" }
        return String(decoding: data, as: UTF8.self)
    }
}
