import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

struct ContainerGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "container",
        abstract: "Manage containers.",
        subcommands: [Attach.self, Commit.self, Cp.self, Create.self, Diff.self, Exec.self, Export.self, ContainerInspect.self, Kill.self, Logs.self, ContainerList.self,
                      ContainerPrune.self, Pause.self, Rename.self, Restart.self, Rm.self, Run.self, Start.self, Stats.self, Stop.self,
                      Top.self, Unpause.self, Update.self, Wait.self])
}

struct ContainerInspect: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Display the configuration of a container.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Format the output using a Go template, or json (the default).")
    var format: String?

    @Argument(help: "Containers, by name or ID.", completion: .custom(Completion.containers))
    var names: [String]

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        var values: [TemplateValue] = []
        var failure: HullError?
        for name in names {
            do throws(HullError) {
                let c = try store.require(name)
                values.append(ContainerView.inspect(c, logPath: ContainerMonitor.logPath(layout, c.id),
                                                    volumes: VolumeStore(layout: layout)))
            } catch {
                let e = error
                failure = e
            }
        }
        try InspectPrinter.print(values, format: format)
        if let failure { throw failure }
    }
}

/// `container ls` / `container list` = `ps`.
struct ContainerList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls", abstract: "List containers.", aliases: ["list", "ps"])

    @OptionGroup var ps: Ps

    func run() throws { try ps.run() }
}

/// The monitor of a detached container (see ContainerMonitor). Not for users.
struct ContainerMonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: ContainerMonitorLauncher.hiddenCommand, shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Argument var id: String

    @Flag(name: .customLong("stdin")) var keepStdin = false

    @Option(name: .customLong("console-size")) var consoleSize: String?

    func run() throws {
        var options = ContainerMonitor.Options()
        options.keepStdin = keepStdin
        let size = consoleSize?.split(separator: "x").compactMap { UInt16($0) } ?? []
        if size.count == 2 { options.consoleSize = (size[0], size[1]) }
        throw ExitCode(ContainerMonitor(layout: global.layout).run(id: id, reportFD: 3, options: options))
    }
}

/// The monitor of an interactive exec session (see ExecSessionMonitor). Not for users.
struct ExecMonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: ExecSessionMonitor.hiddenCommand, shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    /// The container's full id (also telling `ps` whose session this is).
    @Argument var id: String

    func run() throws {
        throw ExitCode(ExecSessionMonitor(layout: global.layout).run(id: id, connection: 3))
    }
}
