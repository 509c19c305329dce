import HullLinux
#if canImport(Glibc)
import Glibc
#endif

extension ContainerStore {
    /// Gives a container a new name: the new name is reserved first, so a
    /// clash leaves the old one in place.
    public func rename(_ container: Container, to newName: String) throws(HullError) {
        try validateName(newName)
        let lock = try lock(container.id)
        defer { lock.unlock() }
        var config = try load(container.id).config
        if config.name == newName { return }
        try reserveName(newName, id: config.id)
        let old = config.name
        config.name = newName
        do {
            try JSONFile.write(config, to: layout.containerDir(config.id) + "/config.json", durable: !config.autoRemove)
        } catch {
            unlink(namePath(newName))
            throw error
        }
        if readName(old) == config.id { unlink(namePath(old)) }
        ContainerNetworking(layout: layout).renamed(config.id, from: old, to: newName)
    }
}
