import ArgumentParser
import HullEngine

/// The containers pause and unpause act on.
struct FreezeTargets: ParsableArguments {
    @Flag(name: .shortAndLong, help: "All running (or paused) containers.")
    var all = false

    @Argument(help: "Containers, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func apply(frozen: Bool, layout: StoreLayout) throws {
        let lifecycle = ContainerLifecycle(layout: layout)
        try ForEachContainer.run(containers, all: all, ignoreMissing: false, layout: layout, onlyActive: true) { (c) throws(HullError) in
            if frozen { try lifecycle.pause(c) } else { try lifecycle.unpause(c) }
        }
    }
}
