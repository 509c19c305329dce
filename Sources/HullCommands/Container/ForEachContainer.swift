import ArgumentParser
import HullEngine

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
