import ArgumentParser
import HullEngine

struct Attach: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Attach to a running container.",
        discussion: "Shows the container's output and passes stdin on (a terminal in raw mode with -t containers) until it exits, whose exit code becomes hull's, or until the detach keys (ctrl-p ctrl-q) leave it running.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var attach: AttachFlags

    @Flag(name: .long, help: "Do not attach stdin.")
    var noStdin = false

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var container: String

    func execute(layout: StoreLayout) throws {
        let target = try ContainerStore(layout: layout).require(container)
        let tty = target.config.tty == true
        let options = try attach.clientOptions(forwardInput: !noStdin && (tty || target.config.interactive), tty: tty)
        let engine = ContainerAttach(layout: layout)
        let connection = try engine.connect(target)
        guard let code = try engine.relay(target, connection: connection, options: options) else { return }
        throw ExitCode(code)
    }
}
