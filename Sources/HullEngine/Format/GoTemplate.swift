/// A parse or execution failure, worded like Go's text/template errors so
/// scripts written against Podman see familiar messages.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// A Go text/template (the subset `--format` needs), parsed once and
/// rendered against any number of values.
public struct GoTemplate: Sendable {
    /// The name errors show: Podman's command ("ps", "inspect"), else
    /// "output", as Podman names the templates of most commands.
    let name: String
    /// Podman runs some commands' formats as `{{range .}}FORMAT{{end}}`
    /// over all rows; the rows are still rendered one by one here, each as
    /// a list of one, so columns in error messages come out as Podman's.
    let rangeWrapped: Bool
    let source: String
    let nodes: [TemplateNode]

    public init(_ format: String, name: String = "output", rangeWrapped: Bool = false) throws {
        self.name = name
        self.rangeWrapped = rangeWrapped
        let source = rangeWrapped ? "{{range .}}" + format + "{{end}}" : format
        self.source = source
        do {
            var lexer = TemplateLexer(source)
            var parser = TemplateParser(tokens: try lexer.lex())
            nodes = try parser.parse()
        } catch let failure as TemplateParseFailure {
            let (line, _) = GoTemplate.location(of: failure.pos, in: source)
            throw TemplateError(message: "template: \(name):\(line): \(failure.message)")
        }
    }

    public func render(_ row: TemplateValue) throws -> String {
        let data = rangeWrapped ? TemplateValue.list([row]) : row
        var state = TemplateExecution(template: self, vars: [("$", data)])
        _ = try state.walk(nodes, dot: data)
        return state.out
    }

    /// 1-based line and 0-based byte column, as Go's ErrorContext computes them.
    static func location(of pos: Int, in source: String) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for (offset, byte) in source.utf8.prefix(pos).enumerated() where byte == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        return (line, pos - lineStart)
    }
}

/// Mutable execution state: output buffer and the variable stack.
/// A value of `nil` throughout means Go's "no value" (a missing map key),
/// which prints as `<no value>` rather than `<nil>`.
struct TemplateExecution {
    let template: GoTemplate
    var vars: [(name: String, value: TemplateValue?)]
    var out = ""

    enum Flow { case normal, breakLoop, continueLoop }

    /// What the previous pipeline stage hands to the next command as its last argument.
    enum Piped {
        case none
        case value(TemplateValue?)
    }

    mutating func walk(_ nodes: [TemplateNode], dot: TemplateValue?) throws -> Flow {
        for node in nodes {
            let flow: Flow
            switch node {
            case .text(let text):
                out += text
                flow = .normal
            case .action(let pipe):
                let value = try evalPipeline(pipe, dot: dot)
                // Declarations ({{$x := ...}}) print nothing.
                if pipe.decl.isEmpty { out += value.map(GoFmt.value) ?? "<no value>" }
                flow = .normal
            case .ifBlock(let pipe, let list, let elseList), .withBlock(let pipe, let list, let elseList):
                let mark = vars.count
                let value = try evalPipeline(pipe, dot: dot)
                let isWith: Bool
                if case .withBlock = node { isWith = true } else { isWith = false }
                if value?.isTruthy ?? false {
                    flow = try walk(list, dot: isWith ? value : dot)
                } else {
                    flow = try walk(elseList ?? [], dot: dot)
                }
                vars.removeLast(vars.count - mark)
            case .rangeBlock(let pipe, let list, let elseList):
                try walkRange(pipe, list, elseList, dot: dot)
                flow = .normal
            case .breakLoop: flow = .breakLoop
            case .continueLoop: flow = .continueLoop
            }
            if flow != .normal { return flow }
        }
        return .normal
    }

    private mutating func walkRange(
        _ pipe: TemplatePipeline, _ list: [TemplateNode], _ elseList: [TemplateNode]?, dot: TemplateValue?
    ) throws {
        let mark = vars.count
        defer { vars.removeLast(vars.count - mark) }
        let value = try evalPipeline(pipe, dot: dot)
        let iterationMark = vars.count

        // Returns false once the body hits {{break}}.
        func iterate(_ key: TemplateValue, _ element: TemplateValue) throws -> Bool {
            if pipe.isAssign {
                // With two variables the key comes first, as in Go.
                if pipe.decl.count > 1 {
                    try setVar(pipe.decl[0], key, at: pipe.pos)
                    try setVar(pipe.decl[1], element, at: pipe.pos)
                } else if let only = pipe.decl.first {
                    try setVar(only, element, at: pipe.pos)
                }
            } else {
                if !pipe.decl.isEmpty { vars[vars.count - 1].value = element }
                if pipe.decl.count > 1 { vars[vars.count - 2].value = key }
            }
            defer { vars.removeLast(vars.count - iterationMark) }
            return try walk(list, dot: element) != .breakLoop
        }

        var iterated = false
        switch value?.untyped {
        case .list(let items)?:
            for (i, item) in items.enumerated() {
                iterated = true
                guard try iterate(.int(Int64(i)), item) else { break }
            }
        case .map(let entries)?:
            // Go visits map keys in sorted order.
            for (key, item) in entries.sorted(by: { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }) {
                iterated = true
                guard try iterate(.string(key), item) else { break }
            }
        case .int(let n)?:
            guard pipe.decl.count < 2 else {
                throw execError("can't use \(n) to iterate over more than one variable", at: pipe.pos, pipe.commands.last?.end ?? pipe.pos)
            }
            var i: Int64 = 0
            while i < n {
                iterated = true
                guard try iterate(.int(i), .int(i)) else { break }
                i += 1
            }
        case .null?, nil:
            break  // Go treats a nil collection as empty rather than an error.
        case let other?:
            throw execError("range can't iterate over \(GoFmt.value(other))", at: pipe.pos, pipe.commands.last?.end ?? pipe.pos)
        }
        if !iterated, let elseList {
            _ = try walk(elseList, dot: dot)
        }
    }

    // MARK: - Pipelines and commands

    mutating func evalPipeline(_ pipe: TemplatePipeline, dot: TemplateValue?) throws -> TemplateValue? {
        var piped = Piped.none
        for command in pipe.commands {
            piped = .value(try evalCommand(command, dot: dot, final: piped))
        }
        guard case .value(let result) = piped else { return nil }
        for name in pipe.decl {
            if pipe.isAssign {
                try setVar(name, result, at: pipe.pos)
            } else {
                vars.append((name, result))
            }
        }
        return result
    }

    private mutating func evalCommand(
        _ command: TemplateCommand, dot: TemplateValue?, final: Piped
    ) throws -> TemplateValue? {
        guard let first = command.args.first else { return nil }
        let hasArgs: Bool
        if command.args.count > 1 { hasArgs = true } else if case .value = final { hasArgs = true } else { hasArgs = false }
        func notAFunction() throws {
            if hasArgs {
                throw execError("can't give argument to non-function \(text(first))", at: first.pos, first.end)
            }
        }
        switch first.kind {
        case .field(let names):
            return try fieldChain(dot, names, hasArgs: hasArgs, operand: first)
        case .variable(let name, let names):
            let value = try lookupVar(name, operand: first)
            if names.isEmpty { try notAFunction() }
            return try fieldChain(value, names, hasArgs: hasArgs, operand: first)
        case .chain(let base, let names):
            let receiver = try evalArg(base, dot: dot)
            return try fieldChain(receiver, names, hasArgs: hasArgs, operand: first)
        case .function(let name):
            return try call(name, args: command.args.dropFirst(), final: final, dot: dot, command: command)
        case .pipeline(let pipe):
            try notAFunction()
            return try evalPipeline(pipe, dot: dot)
        case .dot:
            try notAFunction()
            return dot
        case .literal(let value):
            try notAFunction()
            return value
        case .nilValue:
            throw execError("nil is not a command", at: first.pos, first.end)
        }
    }

    private mutating func evalArg(_ operand: TemplateOperand, dot: TemplateValue?) throws -> TemplateValue? {
        switch operand.kind {
        case .dot: return dot
        case .nilValue: return .null
        case .literal(let value): return value
        case .field(let names): return try fieldChain(dot, names, hasArgs: false, operand: operand)
        case .variable(let name, let names):
            return try fieldChain(try lookupVar(name, operand: operand), names, hasArgs: false, operand: operand)
        case .chain(let base, let names):
            return try fieldChain(try evalArg(base, dot: dot), names, hasArgs: false, operand: operand)
        case .pipeline(let pipe):
            // A parenthesized pipeline's variables stay local to it.
            let mark = vars.count
            defer { vars.removeLast(vars.count - mark) }
            return try evalPipeline(pipe, dot: dot)
        case .function(let name):
            let command = TemplateCommand(args: [operand], pos: operand.pos, end: operand.end)
            return try call(name, args: [], final: .none, dot: dot, command: command)
        }
    }

    /// Walks `.A.B.C`. A missing key yields "no value" and stays that way down
    /// the chain; a null is treated the same instead of Go's nil-pointer error.
    private func fieldChain(
        _ receiver: TemplateValue?, _ names: [String], hasArgs: Bool, operand: TemplateOperand
    ) throws -> TemplateValue? {
        var current = receiver
        for (i, name) in names.enumerated() {
            switch current {
            case nil, .null?:
                return nil
            case .map?:
                if hasArgs && i == names.count - 1 {
                    throw execError("\(name) is not a method but has arguments", at: operand.pos, operand.end)
                }
                current = current?.lookupField(name)
            case .typed(let type, _)?:
                // A struct has the field or the template is wrong, as in Go.
                guard let field = current?.lookupField(name) else {
                    throw execError("can't evaluate field \(name) in type \(type)", at: operand.pos, operand.end,
                                    column: Self.chainPosition(operand))
                }
                if hasArgs && i == names.count - 1 {
                    throw execError("\(name) is not a method but has arguments", at: operand.pos, operand.end)
                }
                current = field
            case let other?:
                throw execError(
                    "can't evaluate field \(name) in type \(GoFmt.typeName(other))", at: operand.pos, operand.end)
            }
        }
        return current
    }

    private mutating func call(
        _ name: String, args: ArraySlice<TemplateOperand>, final: Piped, dot: TemplateValue?,
        command: TemplateCommand
    ) throws -> TemplateValue? {
        if name == "and" || name == "or" {
            // Short-circuit like Go 1.18+: stop at the first deciding argument.
            let count = args.count + (final.isNone ? 0 : 1)
            guard count > 0 else {
                throw execError("wrong number of args for \(name): want at least 1 got 0", at: command.pos, command.end)
            }
            var last: TemplateValue?
            for arg in args {
                last = try evalArg(arg, dot: dot)
                if (last?.isTruthy ?? false) == (name == "or") { return last }
            }
            if case .value(let piped) = final { return piped }
            return last
        }
        var values: [TemplateValue] = []
        for arg in args { values.append(try evalArg(arg, dot: dot) ?? .null) }
        if case .value(let piped) = final { values.append(piped ?? .null) }
        do {
            return try TemplateBuiltins.call(name, values)
        } catch let error as TemplateFunctionError {
            let message: String
            switch error {
            case .arity(let want, let atLeast, let got):
                message = "wrong number of args for \(name): want \(atLeast ? "at least " : "")\(want) got \(got)"
            case .type(let text): message = text
            case .failed(let text): message = "error calling \(name): \(text)"
            }
            throw execError(message, at: command.pos, command.end)
        }
    }

    // MARK: - Variables and errors

    private func lookupVar(_ name: String, operand: TemplateOperand) throws -> TemplateValue? {
        guard let entry = vars.last(where: { $0.name == name }) else {
            throw execError("undefined variable: \(name)", at: operand.pos, operand.end)
        }
        return entry.value
    }

    private mutating func setVar(_ name: String, _ value: TemplateValue?, at pos: Int) throws {
        guard let i = vars.lastIndex(where: { $0.name == name }) else {
            throw execError("undefined variable: \(name)", at: pos, pos)
        }
        vars[i].value = value
    }

    private func text(_ operand: TemplateOperand) -> String {
        String(decoding: Array(template.source.utf8)[operand.pos..<operand.end], as: UTF8.self)
    }

    /// Go's parser places `.A.B.C` at its second field (where the chain
    /// that it builds starts); a lone `.A` at itself.
    static func chainPosition(_ operand: TemplateOperand) -> Int? {
        guard case .field(let names) = operand.kind, names.count > 1 else { return nil }
        return operand.pos + 1 + names[0].utf8.count
    }

    /// `template: output:L:C: executing "output" at <ctx>: message`, with the
    /// context cut at 20 characters like Go's ErrorContext; `column`: where
    /// Go places the node, when not at its start.
    private func execError(_ message: String, at pos: Int, _ end: Int, column: Int? = nil) -> TemplateError {
        let bytes = Array(template.source.utf8)
        let range = min(pos, bytes.count)..<min(max(end, pos), bytes.count)
        var context = String(decoding: bytes[range], as: UTF8.self)
        if context.count > 20 { context = String(context.prefix(20)) + "..." }
        let (line, column) = GoTemplate.location(of: column ?? pos, in: template.source)
        let name = template.name
        return TemplateError(
            message: "template: \(name):\(line):\(column): executing \"\(name)\" at <\(context)>: \(message)")
    }
}

extension TemplateExecution.Piped {
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
