import ArgumentParser
import HullEngine

struct PodTop: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "top", abstract: "Display the running processes of the containers of a pod.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The pod, by name or id.", completion: .custom(Completion.pods))
    var pod: String

    func execute(layout: StoreLayout) throws {
        let store = PodStore(layout: layout)
        let p = try store.require(pod)
        let running = store.members(of: p).filter { $0.state.status == .running || $0.state.status == .paused }
        guard !running.isEmpty else { throw HullError(.failure, "pod top can only be used on pods with at least one running container") }
        var rows: [[String]] = [["USER", "PID", "PPID", "%CPU", "ELAPSED", "TTY", "TIME", "COMMAND"]]
        for c in running {
            rows += try ContainerProcesses(layout: layout).list(c).map {
                [$0.user, String($0.pid), String($0.ppid), "0.000", $0.elapsed, "?", "0s", $0.command]
            }
        }
        print(TableWriter.render(rows), terminator: "")
    }
}
