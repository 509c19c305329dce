import ArgumentParser
import HullEngine
#if canImport(Glibc)
import Glibc
#endif

/// `container ls` / `container list` = `ps`.
struct ContainerList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls", abstract: "List containers.", aliases: ["list", "ps"])

    @OptionGroup var ps: Ps

    func run() throws { try ps.run() }
}
