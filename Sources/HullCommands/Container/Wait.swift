import ArgumentParser
import HullEngine

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
