import ArgumentParser
import HullEngine

/// The pods a verb acts on: names or ids, or --all; each printed as given
/// (Podman prints full ids) once done, the first failure reported last.
struct PodTargets: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Act on all pods.")
    var all = false

    @Argument(help: "Pods, by name or id.", completion: .custom(Completion.pods))
    var names: [String] = []

    func validate() throws {
        if names.isEmpty && !all { throw ValidationError("you must provide at least one name or id") }
    }

    func forEach(layout: StoreLayout, _ body: (PodRecord) throws(HullError) -> Void) throws {
        let store = PodStore(layout: layout)
        var failure: HullError?
        let targets = all ? store.list().map(\.id) : names
        for name in targets {
            do throws(HullError) {
                let pod = try store.require(name)
                try body(pod)
                print(pod.id)
            } catch {
                if let failure { StandardError.write("Error: \(failure.message)\n") }
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
