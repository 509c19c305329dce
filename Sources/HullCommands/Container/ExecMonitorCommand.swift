import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

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
