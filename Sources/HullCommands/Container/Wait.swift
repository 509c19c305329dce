import ArgumentParser
import HullEngine

struct Wait: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "wait", abstract: "Block until containers stop and print their exit codes.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Ignore errors when a specified container is missing.")
    var ignore = false

    @Option(name: .long, help: "Condition to wait on: stopped (the default), exited, created, running, paused, stopping, healthy, unhealthy; repeatable, any one ends the wait.")
    var condition: [String] = []

    @Argument(help: "Containers to wait for, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String]

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        let lifecycle = ContainerLifecycle(layout: layout)
        var conditions: [WaitCondition] = []
        for text in condition { conditions.append(try WaitCondition.parse(text)) }
        // All are looked up before any is waited for: a missing one ends
        // the command at once, as in Podman.
        var found: [Container] = []
        for text in containers {
            if let c = try store.find(text) { found.append(c) } else if !ignore { throw HullError.noSuchContainer(text) }
        }
        var failure: HullError?
        for c in found {
            do throws(HullError) {
                print(conditions.isEmpty ? try lifecycle.wait(c) : try lifecycle.wait(c, untilAnyOf: conditions))
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
