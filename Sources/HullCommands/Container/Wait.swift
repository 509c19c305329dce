import ArgumentParser
import HullEngine

struct Wait: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "wait", abstract: "Block until containers stop and print their exit codes.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Ignore errors when a specified container is missing.")
    var ignore = false

    @Option(name: .long, help: "Condition to wait on: stopped (the default), exited, created, running, paused, stopping; repeatable, any one ends the wait.")
    var condition: [String] = []

    @Argument(help: "Containers to wait for, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String]

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        let lifecycle = ContainerLifecycle(layout: layout)
        var conditions: [WaitCondition] = []
        for text in condition { conditions.append(try WaitCondition.parse(text)) }
        var failure: HullError?
        for text in containers {
            do throws(HullError) {
                guard let c = try store.find(text) else {
                    if !ignore { failure = HullError.noSuchContainer(text) }
                    continue
                }
                print(conditions.isEmpty ? try lifecycle.wait(c) : try lifecycle.wait(c, untilAnyOf: conditions))
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
