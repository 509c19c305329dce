import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Run: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a command in a new container.",
        discussion: "The container's exit code becomes hull's: 125 for hull's own errors, 126 when the command cannot be invoked, 127 when it is not found.",
        helpNames: [.long])

    @OptionGroup var global: GlobalOptions
    @OptionGroup var flags: CreateFlags
    @OptionGroup var pullFlags: PullFlags
    @OptionGroup var attach: AttachFlags

    @Flag(name: .shortAndLong, help: "Run the container in the background and print its ID.")
    var detach = false

    @Option(name: [.customShort("a"), .customLong("attach")], help: "Attach only these streams: stdin, stdout, stderr (repeatable; default: all).")
    var attachStreams: [String] = []

    @Argument(help: "The image to run.")
    var image: String

    @Argument(help: "The command and its arguments.")
    var command: [String] = []

    func execute(layout: StoreLayout) throws {
        try global.checkRuntimeFlags()
        var options = try flags.options(image: image, command: command)
        options.checkPorts = true
        let attachOptions = try attach.clientOptions(forwardInput: flags.interactive, tty: flags.tty)
        let env = ProcessInfo.processInfo.environment
        // hull itself will be the container's parent (runAttached below).
        let foreground = !detach && !flags.interactive && attach.sigProxy
        let early = EarlyContainerChild.start(for: options, environment: env, hullIsParent: foreground)
        let record = try pullFlags.ensure(image, layout: layout)
        if !detach { TTYWarning.check(tty: flags.tty, interactive: flags.interactive) }
        try flags.replaceExisting(layout: layout)
        let container = try ContainerCreator(layout: layout, hostEnvironment: env).create(options, image: record)
        if detach {
            try ContainerMonitorLauncher(layout: layout).startDetached(container)
            print(container.id)
            return
        }
        // With stdin the user may detach (ctrl-p ctrl-q), and without the
        // signal proxy a signal ends only hull: either way the container
        // must outlive this process, so a monitor runs it (as Podman's
        // conmon). Otherwise hull itself is its parent, the fastest way.
        if !foreground {
            let engine = ContainerAttach(layout: layout)
            let connection = try engine.start(container, keepStdin: flags.interactive)
            guard let code = try engine.relay(container, connection: connection, options: attachOptions) else { return }
            throw ExitCode(code)
        }
        let code = try ContainerRunner(layout: layout, earlyChild: early).runAttached(container, streams: try attachedStreams())
        throw ExitCode(code)
    }
}

extension Run {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<Run> { OptionTable<Run>([
        .group(\.global, GlobalOptions.optionTable) { $0.global = $1 },
        .group(\.flags, CreateFlags.optionTable) { $0.flags = $1 },
        .group(\.pullFlags, PullFlags.optionTable) { $0.pullFlags = $1 },
        .group(\.attach, AttachFlags.optionTable) { $0.attach = $1 },
        .flag("-d", "--detach") { $0.detach = $1 },
        .list("-a", "--attach") { $0.attachStreams = $1 },
    ]) }
}

extension Run {
    /// `-a STREAM`: which of the container's output streams reach the
    /// caller (the log keeps both); nil: all.
    func attachedStreams() throws -> Set<String>? {
        guard !attachStreams.isEmpty else { return nil }
        for s in attachStreams where !["stdin", "stdout", "stderr"].contains(s.lowercased()) {
            throw HullError(.failure, "invalid stream \"\(s)\" for --attach - must be one of stdin, stdout, or stderr: invalid argument")
        }
        return Set(attachStreams.map { $0.lowercased() })
    }
}
