import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

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
