import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Unshare: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "unshare",
        abstract: "Run a command in a modified user namespace.",
        discussion: "For rootless use: the command runs as root of the user namespace hull's containers use (your uid is 0 inside, your subordinate ids from /etc/subuid and /etc/subgid follow from 1), in a mount namespace of its own. Without a command, $SHELL. Its exit code becomes hull's.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The command and its arguments (default: $SHELL).")
    var command: [String] = []

    func execute(layout: StoreLayout) throws {
        let code = try HullEngine.Unshare(layout: layout).run(command, environment: ProcessInfo.processInfo.environment)
        throw ExitCode(code)
    }
}
