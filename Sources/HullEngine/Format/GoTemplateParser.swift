// The parse tree mirrors Go's text/template/parse closely enough that the
// executor can follow Go's evaluation rules one-to-one.

indirect enum TemplateNode: Sendable {
    case text(String)
    case action(TemplatePipeline)
    case ifBlock(TemplatePipeline, [TemplateNode], [TemplateNode]?)
    case rangeBlock(TemplatePipeline, [TemplateNode], [TemplateNode]?)
    case withBlock(TemplatePipeline, [TemplateNode], [TemplateNode]?)
    case breakLoop
    case continueLoop
}

struct TemplatePipeline: Sendable {
    var decl: [String] = []
    var isAssign = false
    var commands: [TemplateCommand] = []
    let pos: Int
}

struct TemplateCommand: Sendable {
    var args: [TemplateOperand] = []
    let pos: Int
    var end: Int
}

struct TemplateOperand: Sendable {
    indirect enum Kind: Sendable {
        case dot
        case nilValue
        case literal(TemplateValue)
        /// `.A.B` relative to dot.
        case field([String])
        /// `$x.A.B`; the name keeps its `$`.
        case variable(String, [String])
        case function(String)
        /// A parenthesized pipeline.
        case pipeline(TemplatePipeline)
        /// `(expr).A.B`.
        case chain(TemplateOperand, [String])
    }

    let kind: Kind
    /// Source byte range, used for Go-style `at <...>` error context.
    let pos: Int
    let end: Int
}

struct TemplateParser {
    private let tokens: [TemplateToken]
    private var index = 0
    /// Variables in scope, so undefined ones fail at parse time as in Go.
    private var vars: [String] = ["$"]
    private var rangeDepth = 0

    init(tokens: [TemplateToken]) { self.tokens = tokens }

    private enum Item {
        case node(TemplateNode)
        case end(Int)
        /// `{{else}}`, or the start of `{{else if ...}}` / `{{else with ...}}`.
        case elseMark(Int, chained: String?)
    }

    mutating func parse() throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while peek().kind != .eof {
            switch try textOrAction() {
            case .node(let node): nodes.append(node)
            case .end(let pos): throw fail("unexpected {{end}}", pos)
            case .elseMark(let pos, _): throw fail("unexpected {{else}}", pos)
            }
        }
        return nodes
    }

    // MARK: - Token access

    private func peek() -> TemplateToken { tokens[index] }

    private mutating func next() -> TemplateToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func peekNonSpace() -> TemplateToken {
        while tokens[index].kind == .space { index += 1 }
        return tokens[index]
    }

    private mutating func nextNonSpace() -> TemplateToken {
        _ = peekNonSpace()
        return next()
    }

    private func fail(_ message: String, _ pos: Int) -> TemplateParseFailure {
        TemplateParseFailure(message: message, pos: pos)
    }

    private func unexpected(_ token: TemplateToken, _ context: String) -> TemplateParseFailure {
        let spelling: String
        switch token.kind {
        case .eof: spelling = "EOF"
        case .keyword: spelling = "<\(token.text)>"
        case .field: spelling = "\".\(token.text)\""
        default: spelling = "\"\(token.text)\""
        }
        return fail("unexpected \(spelling) in \(context)", token.pos)
    }

    // MARK: - Lists and actions

    private mutating func textOrAction() throws -> Item {
        let token = next()
        switch token.kind {
        case .text: return .node(.text(token.text))
        case .leftDelim: return try action()
        default: throw unexpected(token, "input")
        }
    }

    private mutating func itemList() throws -> ([TemplateNode], Item) {
        var list: [TemplateNode] = []
        while peek().kind != .eof {
            let item = try textOrAction()
            guard case .node(let node) = item else { return (list, item) }
            list.append(node)
        }
        throw fail("unexpected EOF", peek().pos)
    }

    private mutating func action() throws -> Item {
        let start = index
        let token = nextNonSpace()
        guard token.kind == .keyword else {
            index = start
            return .node(.action(try pipeline(context: "command", end: .rightDelim)))
        }
        switch token.text {
        case "end":
            try expectRightDelim("end")
            return .end(token.pos)
        case "else":
            let following = peekNonSpace()
            if following.kind == .keyword, following.text == "if" || following.text == "with" {
                return .elseMark(token.pos, chained: following.text)
            }
            try expectRightDelim("else")
            return .elseMark(token.pos, chained: nil)
        case "if", "range", "with":
            let (pipe, list, elseList) = try control(token.text)
            switch token.text {
            case "if": return .node(.ifBlock(pipe, list, elseList))
            case "range": return .node(.rangeBlock(pipe, list, elseList))
            default: return .node(.withBlock(pipe, list, elseList))
            }
        case "break", "continue":
            guard rangeDepth > 0 else { throw fail("{{\(token.text)}} outside {{range}}", token.pos) }
            try expectRightDelim(token.text)
            return .node(token.text == "break" ? .breakLoop : .continueLoop)
        default:
            // define/template/block: formats are single templates, so no named ones.
            throw fail("{{\(token.text)}} is not supported", token.pos)
        }
    }

    private mutating func expectRightDelim(_ context: String) throws {
        let token = nextNonSpace()
        guard token.kind == .rightDelim else { throw unexpected(token, context) }
    }

    private mutating func control(
        _ context: String
    ) throws -> (TemplatePipeline, [TemplateNode], [TemplateNode]?) {
        // Variables declared anywhere in the construct go out of scope at its end.
        let varMark = vars.count
        defer { vars.removeLast(vars.count - varMark) }
        let pipe = try pipeline(context: context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        let (list, terminator) = try itemList()
        if context == "range" { rangeDepth -= 1 }
        guard case .elseMark(let pos, let chained) = terminator else { return (pipe, list, nil) }
        if let chained {
            guard chained == context else { throw fail("unexpected <\(chained)> in else", pos) }
            // `{{else if}}` nests a whole if-construct that shares our {{end}}.
            _ = nextNonSpace()
            let (innerPipe, innerList, innerElse) = try control(chained)
            let nested: TemplateNode = chained == "if"
                ? .ifBlock(innerPipe, innerList, innerElse)
                : .withBlock(innerPipe, innerList, innerElse)
            return (pipe, list, [nested])
        }
        let (elseList, end) = try itemList()
        guard case .end = end else { throw fail("expected end; found {{else}}", pos) }
        return (pipe, list, elseList)
    }

    // MARK: - Pipelines

    private mutating func pipeline(context: String, end: TemplateToken.Kind) throws -> TemplatePipeline {
        var pipe = TemplatePipeline(pos: peekNonSpace().pos)
        decls: while peekNonSpace().kind == .variable {
            let save = index
            let variable = next()
            let following = peekNonSpace()
            switch following.kind {
            case .declare, .assign:
                _ = next()
                pipe.isAssign = following.kind == .assign
                if pipe.isAssign, !vars.contains(variable.text) {
                    throw fail("undefined variable \"\(variable.text)\"", variable.pos)
                }
                pipe.decl.append(variable.text)
                vars.append(variable.text)
            case .comma:
                _ = next()
                pipe.decl.append(variable.text)
                vars.append(variable.text)
                guard context == "range", pipe.decl.count < 2 else {
                    throw fail("too many declarations in \(context)", variable.pos)
                }
                guard peekNonSpace().kind == .variable else {
                    throw fail("range can only initialize variables", variable.pos)
                }
                continue decls
            default:
                index = save
            }
            break
        }
        while true {
            let save = index
            let token = nextNonSpace()
            if token.kind == end {
                try check(pipe, context: context, at: token.pos)
                return pipe
            }
            switch token.kind {
            case .bool, .char, .dot, .field, .identifier, .number, .nilValue, .string, .variable, .leftParen:
                index = save
                pipe.commands.append(try command())
            default:
                throw unexpected(token, context)
            }
        }
    }

    private func check(_ pipe: TemplatePipeline, context: String, at pos: Int) throws {
        guard !pipe.commands.isEmpty else { throw fail("missing value for \(context)", pos) }
        for (n, command) in pipe.commands.enumerated().dropFirst() {
            switch command.args.first?.kind {
            case .dot, .nilValue, .literal:
                throw fail("non executable command in pipeline stage \(n + 1)", command.pos)
            default: continue
            }
        }
    }

    private mutating func command() throws -> TemplateCommand {
        var command = TemplateCommand(pos: peekNonSpace().pos, end: peekNonSpace().end)
        operands: while true {
            _ = peekNonSpace()
            if let operand = try operand() {
                command.args.append(operand)
                command.end = operand.end
            }
            let save = index
            let token = next()
            switch token.kind {
            case .space: continue operands
            case .rightDelim, .rightParen: index = save
            case .pipe: break
            default: throw unexpected(token, "operand")
            }
            break
        }
        guard !command.args.isEmpty else { throw fail("empty command", command.pos) }
        return command
    }

    private mutating func operand() throws -> TemplateOperand? {
        guard let term = try term() else { return nil }
        guard peek().kind == .field else { return term }
        var names: [String] = []
        var end = term.end
        while peek().kind == .field {
            let field = next()
            names.append(field.text)
            end = field.end
        }
        switch term.kind {
        case .field(let base):
            return TemplateOperand(kind: .field(base + names), pos: term.pos, end: end)
        case .variable(let name, let base):
            return TemplateOperand(kind: .variable(name, base + names), pos: term.pos, end: end)
        case .literal, .nilValue, .dot:
            throw fail("unexpected . after term", term.end)
        default:
            return TemplateOperand(kind: .chain(term, names), pos: term.pos, end: end)
        }
    }

    private mutating func term() throws -> TemplateOperand? {
        let save = index
        let token = nextNonSpace()
        func operand(_ kind: TemplateOperand.Kind) -> TemplateOperand {
            TemplateOperand(kind: kind, pos: token.pos, end: token.end)
        }
        switch token.kind {
        case .identifier:
            guard TemplateBuiltins.names.contains(token.text) else {
                throw fail("function \"\(token.text)\" not defined", token.pos)
            }
            return operand(.function(token.text))
        case .dot: return operand(.dot)
        case .nilValue: return operand(.nilValue)
        case .variable:
            guard vars.contains(token.text) else { throw fail("undefined variable \"\(token.text)\"", token.pos) }
            return operand(.variable(token.text, []))
        case .field: return operand(.field([token.text]))
        case .bool, .number, .char, .string: return operand(.literal(token.value ?? .null))
        case .leftParen:
            let pipe = try pipeline(context: "parenthesized pipeline", end: .rightParen)
            return TemplateOperand(kind: .pipeline(pipe), pos: token.pos, end: tokens[index - 1].end)
        default:
            index = save
            return nil
        }
    }
}
