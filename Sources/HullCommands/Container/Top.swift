import ArgumentParser
import HullEngine

struct Top: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "top", abstract: "Display the running processes of a container.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The container, by name or ID.", completion: .custom(Completion.containers))
    var container: String

    func execute(layout: StoreLayout) throws {
        let c = try ContainerStore(layout: layout).require(container)
        let rows: [[String]] = [["USER", "PID", "PPID", "%CPU", "ELAPSED", "TTY", "TIME", "COMMAND"]]
            + (try ContainerProcesses(layout: layout).list(c)).map {
                [$0.user, String($0.pid), String($0.ppid), "0.000", $0.elapsed, "?", "0s", $0.command]
            }
        print(TableWriter.render(rows), terminator: "")
    }
}
