import ArgumentParser
import HullEngine

struct Rm: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Remove one or more containers.",
        discussion: "Exit code 1 when a container is unknown, 2 when one is running without --force.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Remove all containers.")
    var all = false

    @Flag(name: .shortAndLong, help: "Force removal of running or paused containers; unknown ones are no error.")
    var force = false

    @Flag(name: .shortAndLong, help: "Ignore errors when a specified container is missing.")
    var ignore = false

    @Flag(name: .shortAndLong, help: "Also remove the container's anonymous volumes.")
    var volumes = false

    @Option(name: [.customShort("t"), .long], help: "Seconds to wait for a running container to stop before killing it (with --force).")
    var time: UInt?

    @Flag(name: .long, help: "Remove the containers that depend on a container first (--network container:X).")
    var depend = false

    @Argument(help: "Containers to remove, by name or ID.", completion: .custom(Completion.containers))
    var containers: [String] = []

    func validate() throws {
        if containers.isEmpty && !all { throw ValidationError("specify one or more containers to remove") }
        if time != nil && !force { throw ValidationError("--force option must be specified to use the --time option") }
    }

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        let remover = ContainerRemover(layout: layout)
        var failure: HullError?
        var removedAny = false
        let dependencies = ContainerDependencies(store.list())
        // Dependents go before what they depend on; they are printed by
        // their full ids, as --all prints every container.
        var targets: [(String, Container?)] = all
            ? dependencies.removalOrderOfAll().map { ($0.id, $0) }
            : containers.map { text in (text, try? store.find(text)) }
        if depend {
            var seen: Set<String> = []
            targets = targets.flatMap { text, found -> [(String, Container?)] in
                guard let found else { return [(text, nil)] }
                return dependencies.removalOrder(of: found.id).filter { seen.insert($0.id).inserted }.map { ($0.id, $0) }
            }
        }
        for (text, found) in targets {
            guard let container = found else {
                if !(force || ignore) { failure = HullError.noSuchContainer(text).with(code: .notFound) }
                continue
            }
            do throws(HullError) {
                if try remover.remove(container, force: force, volumes: volumes, stopTimeout: time.map { Int($0) },
                                      dependencies: dependencies) {
                    removedAny = true
                    print(text)
                } else if !(force || ignore) {
                    // Removed by another process since it was found.
                    failure = HullError.noSuchContainer(text).with(code: .notFound)
                }
            } catch {
                failure = error
            }
        }
        // Each removal sweeps tmp; when none happened (the container went
        // with an earlier rm that was killed half-way) its trash is still there.
        if !removedAny { layout.sweepTmp() }
        if let failure { throw failure }
    }
}
