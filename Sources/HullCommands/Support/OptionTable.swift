import ArgumentParser

/// A reflection-free parser for the verbs that start containers.
///
/// swift-argument-parser learns a command's options by reflecting over the
/// command type and fills it through Decodable. For run's ~75 options that
/// was about half of a `hull create`, nearly all of it the Swift
/// runtime resolving generic types and protocol conformances for the first
/// time in the process. An OptionTable lists the same options with key
/// paths into the same command value, so a well-formed command line costs a
/// dictionary lookup per word.
///
/// The table never decides what is an error: anything it does not fully
/// understand (an unknown or malformed option, a value that does not
/// convert, `--help`, a value that looks like an option) makes `parse`
/// return nil, and swift-argument-parser parses the line instead, with its
/// usual messages. OptionTableTests checks each table against
/// swift-argument-parser's own description of the command, names and
/// values, so the two cannot drift apart. Commands parsed this way must not
/// rely on `validate()` in their option groups.
struct OptionTable<Root> {
    /// How an option's occurrences reach the command value. Every write is
    /// a plain assignment: reading a property wrapper that was never given
    /// a value traps, and a key path write reads first.
    enum Action {
        /// Flags and single values, applied in order (the last one wins);
        /// false when the value does not convert.
        case each((inout Root, String) -> Bool)
        /// Repeatable options: all occurrences, assigned once at the end
        /// (the default assigns an empty list).
        case all((inout Root, [String]) -> Void)
    }

    struct Entry {
        /// As typed: "--name", "-e".
        let names: [String]
        let takesValue: Bool
        let action: Action
    }

    private(set) var entries: [Entry] = []
    /// Give the option groups and single-valued options their unset values,
    /// groups before their members, as swift-argument-parser does.
    private(set) var defaults: [(inout Root) -> Void] = []

    init(_ parts: [OptionTable]) {
        for part in parts {
            entries += part.entries
            defaults += part.defaults
        }
    }

    private init(_ entries: [Entry], defaults: [(inout Root) -> Void]) {
        self.entries = entries
        self.defaults = defaults
    }

    /// `--flag`: true when given.
    static func flag(_ names: String..., set: @escaping (inout Root, Bool) -> Void) -> OptionTable {
        OptionTable([Entry(names: names, takesValue: false, action: .each { root, _ in set(&root, true); return true })],
                    defaults: [{ set(&$0, false) }])
    }

    /// `--name` / `--no-name`, either overriding the other.
    static func inversion(_ name: String, default value: Bool, set: @escaping (inout Root, Bool) -> Void) -> OptionTable {
        OptionTable([
            Entry(names: ["--" + name], takesValue: false, action: .each { root, _ in set(&root, true); return true }),
            Entry(names: ["--no-" + name], takesValue: false, action: .each { root, _ in set(&root, false); return true }),
        ], defaults: [{ set(&$0, value) }])
    }

    /// `--name VALUE` into an optional.
    static func option<Value: ExpressibleByArgument>(_ names: String..., set: @escaping (inout Root, Value?) -> Void) -> OptionTable {
        OptionTable([Entry(names: names, takesValue: true, action: .each { root, text in
            guard let value = Value(argument: text) else { return false }
            set(&root, value)
            return true
        })], defaults: [{ set(&$0, nil) }])
    }

    /// `--name VALUE` with a default for when it is not given.
    static func option<Value: ExpressibleByArgument>(_ names: String..., default value: Value, set: @escaping (inout Root, Value) -> Void) -> OptionTable {
        OptionTable([Entry(names: names, takesValue: true, action: .each { root, text in
            guard let parsed = Value(argument: text) else { return false }
            set(&root, parsed)
            return true
        })], defaults: [{ set(&$0, value) }])
    }

    /// `--name VALUE`, repeatable.
    static func list(_ names: String..., set: @escaping (inout Root, [String]) -> Void) -> OptionTable {
        OptionTable([Entry(names: names, takesValue: true, action: .all(set))], defaults: [{ set(&$0, []) }])
    }

    /// The options of an `@OptionGroup`: `set` stores a fresh group, after
    /// which its members are reached through `path`.
    static func group<Group: ParsableArguments>(_ path: WritableKeyPath<Root, Group>, _ table: OptionTable<Group>, set: @escaping (inout Root, Group) -> Void) -> OptionTable {
        let entries = table.entries.map { entry in
            switch entry.action {
            case .each(let apply):
                Entry(names: entry.names, takesValue: entry.takesValue, action: .each { root, text in apply(&root[keyPath: path], text) })
            case .all(let assign):
                Entry(names: entry.names, takesValue: entry.takesValue, action: .all { root, values in assign(&root[keyPath: path], values) })
            }
        }
        // The group is filled in a local and stored once: each write
        // through `path` (a property wrapper, so a computed property) copies
        // the whole group out and back in, ~60 times for run's CreateFlags.
        let resets = table.defaults
        let defaults: [(inout Root) -> Void] = [{ root in
            var group = Group()
            for reset in resets { reset(&group) }
            set(&root, group)
        }]
        return OptionTable(entries, defaults: defaults)
    }
}

extension OptionTable where Root: ParsableCommand {
    /// Parses `[OPTIONS] FIRST [-- REST...]`, the shape `ArgumentRewriter`
    /// gives run and create (the image, then the container's command).
    /// Nil when swift-argument-parser should look at the line instead.
    func parse(_ args: [String], first setFirst: (inout Root, String) -> Void, rest setRest: (inout Root, [String]) -> Void) -> Root? {
        var byName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for name in entry.names { byName[name] = index }
        }
        var root = Root()
        for reset in defaults { reset(&root) }
        var lists: [Int: [String]] = [:]
        var rest: [String] = []
        var sawFirst = false
        var index = 0
        while index < args.count {
            let arg = args[index]
            index += 1
            if sawFirst {
                guard arg == "--" else { return nil }
                rest = Array(args[index...])
                break
            }
            guard arg.hasPrefix("-") else {
                setFirst(&root, arg)
                sawFirst = true
                continue
            }
            var name = arg
            var inline: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            } else if !arg.hasPrefix("--"), arg.count > 2 {
                // A bundle of short flags, `-it`; values never come bundled.
                for letter in arg.dropFirst() {
                    guard let found = byName["-" + String(letter)], case .each(let apply) = entries[found].action,
                          !entries[found].takesValue else { return nil }
                    _ = apply(&root, "")
                }
                continue
            }
            guard let found = byName[name] else { return nil }
            let entry = entries[found]
            var value = ""
            if !entry.takesValue {
                guard inline == nil else { return nil }
            } else if let inline {
                value = inline
            } else {
                // A word that looks like an option is never taken as a value.
                guard index < args.count, !args[index].hasPrefix("-") else { return nil }
                value = args[index]
                index += 1
            }
            switch entry.action {
            case .each(let apply): guard apply(&root, value) else { return nil }
            case .all: lists[found, default: []].append(value)
            }
        }
        guard sawFirst else { return nil }
        // Lists not given keep their empty default.
        for (index, values) in lists {
            if case .all(let assign) = entries[index].action { assign(&root, values) }
        }
        setRest(&root, rest)
        return root
    }
}
