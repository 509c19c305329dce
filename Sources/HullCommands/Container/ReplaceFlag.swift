import ArgumentParser
import HullEngine

extension CreateFlags {
    /// `--replace`: the container that holds the name is stopped (with its
    /// own stop timeout) and removed, its name printed, as Podman does,
    /// before the new one is made.
    func replaceExisting(layout: StoreLayout) throws {
        guard replace else { return }
        guard let name else { throw HullError(.failure, "cannot replace container without --name being set") }
        guard let old = try ContainerStore(layout: layout).find(name), old.name == name else { return }
        try ContainerRemover(layout: layout).remove(old, force: true, stopTimeout: old.config.stopTimeout ?? 10)
        print(name)
    }
}
