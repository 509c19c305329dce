import ArgumentParser
import HullEngine

struct Stop: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop",
        abstract: "Stop one or more containers.",
        discussion: "Sends the stop signal (the image's or --stop-signal's, else SIGTERM), then SIGKILL after the timeout.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Stop all running containers.")
    var all = false

    @Flag(name: .shortAndLong, help: "Ignore errors when a specified container is missing.")
    var ignore = false

    @Option(name: [.customShort("t"), .long], help: "Seconds to wait before killing the container.")
    var time: Int?

    @Argument(help: "Containers to stop, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func validate() throws {
        if containers.isEmpty && !all { throw ValidationError("specify one or more containers to stop") }
    }

    func execute(layout: StoreLayout) throws {
        let lifecycle = ContainerLifecycle(layout: layout)
        try ForEachContainer.run(containers, all: all, ignoreMissing: ignore, layout: layout,
                                 onlyActive: true) { (c) throws(HullError) in
            try lifecycle.stop(c, timeout: time)
        }
    }
}

struct Kill: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "kill", abstract: "Kill one or more running containers with a signal.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Signal all running containers.")
    var all = false

    @Option(name: .shortAndLong, help: "Signal to send (name or number).")
    var signal = "KILL"

    @Argument(help: "Containers to signal, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func validate() throws {
        if containers.isEmpty && !all { throw ValidationError("specify one or more containers to kill") }
    }

    func execute(layout: StoreLayout) throws {
        let number = try ContainerLifecycle.parseSignal(signal)
        let lifecycle = ContainerLifecycle(layout: layout)
        try ForEachContainer.run(containers, all: all, ignoreMissing: false, layout: layout,
                                 onlyActive: true) { (c) throws(HullError) in
            try lifecycle.kill(c, signal: number)
        }
    }
}

struct Wait: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "wait", abstract: "Block until containers stop and print their exit codes.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Ignore errors when a specified container is missing.")
    var ignore = false

    @Argument(help: "Containers to wait for, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String]

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        let lifecycle = ContainerLifecycle(layout: layout)
        var failure: HullError?
        for text in containers {
            do throws(HullError) {
                guard let c = try store.find(text) else {
                    if !ignore { failure = HullError.noSuchContainer(text) }
                    continue
                }
                print(try lifecycle.wait(c))
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}

struct Restart: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "restart", abstract: "Restart one or more containers.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Restart all containers.")
    var all = false

    @Option(name: [.customShort("t"), .long], help: "Seconds to wait before killing the container.")
    var time: Int?

    @Argument(help: "Containers to restart, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func validate() throws {
        if containers.isEmpty && !all { throw ValidationError("specify one or more containers to restart") }
    }

    func execute(layout: StoreLayout) throws {
        let lifecycle = ContainerLifecycle(layout: layout)
        let store = ContainerStore(layout: layout)
        try ForEachContainer.run(containers, all: all, ignoreMissing: false, layout: layout,
                                 onlyActive: false) { (c) throws(HullError) in
            try lifecycle.stop(c, timeout: time)
            try ContainerMonitorLauncher(layout: layout).startDetached(try store.load(c.id))
        }
    }
}

/// Applies an action to containers named on the command line (or all),
/// printing each name as given (full ids with --all), as Podman does, and
/// failing at the end with the last error.
enum ForEachContainer {
    static func run(_ names: [String], all: Bool, ignoreMissing: Bool, layout: StoreLayout, onlyActive: Bool,
                    _ action: (Container) throws(HullError) -> Void) throws {
        let store = ContainerStore(layout: layout)
        var failure: HullError?
        let targets: [(String, Container?)] = all
            ? store.list().filter { !onlyActive || $0.state.status == .running || $0.state.status == .paused }.map { ($0.id, $0) }
            : names.map { text in (text, try? store.find(text)) }
        for (text, found) in targets {
            guard let container = found else {
                if !ignoreMissing { failure = HullError.noSuchContainer(text) }
                continue
            }
            do throws(HullError) {
                try action(container)
                print(text)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
