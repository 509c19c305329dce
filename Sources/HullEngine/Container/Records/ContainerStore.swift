#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// Containers on disk: `containers/<id>/{config,state}.json` plus the
/// overlay's `upper/` and `work/`; names as symlinks `names/<name> -> <id>`,
/// so reserving a name is one atomic symlink(2) that only one process wins.
public struct ContainerStore: Sendable {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    var namesDir: String { layout.root + "/names" }
    func namePath(_ name: String) -> String { namesDir + "/" + name }
    public func upperDir(_ id: String) -> String { layout.containerDir(id) + "/upper" }
    public func workDir(_ id: String) -> String { layout.containerDir(id) + "/work" }
    public func runDir(_ id: String) -> String { layout.containerRunDir(id) }
    public func rootfsMountPoint(_ id: String) -> String { runDir(id) + "/merged" }

    /// Creates the container's directory with its config and a `created`
    /// state. Fails if the name is taken; leaves nothing behind on failure.
    public func create(_ config: ContainerConfig) throws(HullError) {
        do {
            try validateName(config.name)
        } catch {
            throw HullError(.failure, "running container create option: " + error.message)
        }
        // The staging directory exists before the name is reserved, so
        // another hull that finds the name taken can tell a create in
        // progress from one that was killed half-way.
        let staging = layout.tempPath("ctr", config.id.prefix(12))
        do {
            try FileSystem.makeDirectories(staging + "/upper", mode: 0o755)
        } catch {
            throw HullError(.failure, "creating container: \(error)", cause: error)
        }
        do {
            try reserveName(config.name, id: config.id)
        } catch {
            try? FileSystem.removeTree(staging)
            throw error
        }
        do {
            try FileSystem.makeDirectories(staging + "/work", mode: 0o700)
            // A --rm container is gone after a crash anyway; skip the fsyncs.
            let durable = !config.autoRemove
            try JSONFile.write(config, to: staging + "/config.json", durable: durable)
            try JSONFile.write(ContainerState.created, to: staging + "/state.json", durable: durable)
            try check("rename", path: layout.containerDir(config.id)) { Glibc.rename(staging, layout.containerDir(config.id)) }
            if durable { AtomicFile.syncDirectory(layout.containersDir) }
        } catch {
            try? FileSystem.removeTree(staging)
            unlink(namePath(config.name))
            throw HullError.wrap(error, "creating container")
        }
    }

    func validateName(_ name: String) throws(HullError) {
        let b = Array(name.utf8)
        func ok(_ c: UInt8, first: Bool) -> Bool {
            (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
                || (!first && (c == 95 || c == 46 || c == 45))
        }
        guard let f = b.first, ok(f, first: true), b.dropFirst().allSatisfy({ ok($0, first: false) }) else {
            // Podman's words; create prefixes what it was doing.
            throw HullError(.failure, "names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument")
        }
    }

    func reserveName(_ name: String, id: String) throws(HullError) {
        try? FileSystem.makeDirectories(namesDir, mode: 0o700)
        for _ in 0..<2 {
            if symlink(id, namePath(name)) == 0 { return }
            guard errno == EEXIST else {
                throw HullError(.failure, "reserving name \(name): \(LinuxError("symlink").reason)")
            }
            let owner = readName(name)
            // Staging first, then the final directory: a create that
            // finishes between the two checks is seen by the second.
            if let owner, isBeingCreated(owner) || FileSystem.exists(layout.containerDir(owner) + "/config.json") {
                throw HullError(.failure, "the container name \"\(name)\" is already in use by \(owner). You have to remove that container to be able to reuse that name: that name is already in use")
            }
            // A name left by a hull killed half-way through create or rm.
            // Taking it over is safe under the store lock only.
            let lock = try layout.lock()
            if readName(name) == owner { unlink(namePath(name)) }
            lock.unlock()
        }
        throw HullError(.failure, "the container name \"\(name)\" is already in use")
    }

    /// True while another hull is still writing this container's files.
    private func isBeingCreated(_ id: String) -> Bool {
        let prefix = "ctr-"
        let suffix = "-" + id.prefix(12)
        for entry in (try? FileSystem.list(layout.tmpDir)) ?? [] where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) {
            if !TempOwner.isGone(entry) { return true }
        }
        return false
    }

    func readName(_ name: String) -> String? {
        var buf = [CChar](repeating: 0, count: 128)
        let n = readlink(namePath(name), &buf, buf.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public func ids() -> [String] {
        ((try? FileSystem.list(layout.containersDir)) ?? []).filter(Identifier.isFullID)
    }

    /// The container as commands see it: one whose process ended with
    /// nobody left to record it reads as exited (see ContainerOrphans).
    public func load(_ id: String) throws(HullError) -> Container {
        let container = try loadRecorded(id)
        guard ContainerOrphans.isOrphaned(container.state) else { return container }
        return try ContainerOrphans(layout: layout).noticed(container)
    }

    /// The container as its files say, for whoever records its state.
    func loadRecorded(_ id: String) throws(HullError) -> Container {
        let dir = layout.containerDir(id)
        let config = try JSONFile.read(ContainerConfig.self, from: dir + "/config.json")
        let state = (try? JSONFile.read(ContainerState.self, from: dir + "/state.json")) ?? .created
        return Container(config: config, state: state)
    }

    public func list() -> [Container] {
        ids().compactMap { try? load($0) }
    }

    /// By full id, name, or unique id prefix, as Podman looks containers up.
    public func find(_ text: String) throws(HullError) -> Container? {
        if Identifier.isFullID(text), FileSystem.exists(layout.containerDir(text)) { return try load(text) }
        if let id = readName(text), FileSystem.exists(layout.containerDir(id) + "/config.json") { return try load(id) }
        guard Identifier.isHexPrefix(text) else { return nil }
        let matches = ids().filter { $0.hasPrefix(text) }
        if matches.count > 1 {
            throw HullError(.failure, "more than one result for container \"\(text)\": container already exists")
        }
        return try matches.first.map { (id) throws(HullError) in try load(id) }
    }

    public func require(_ text: String) throws(HullError) -> Container {
        guard let c = try find(text) else { throw HullError.noSuchContainer(text) }
        return c
    }

    public func saveState(_ container: ContainerConfig, _ state: ContainerState) throws(HullError) {
        try JSONFile.write(state, to: layout.containerDir(container.id) + "/state.json", durable: !container.autoRemove)
    }

    /// Serialises state changes of one container across hull processes.
    public func lock(_ id: String) throws(HullError) -> FileLock {
        let path = layout.containerRunDir + "/\(id).lock"
        do {
            do {
                return try FileLock(path: path)
            } catch where error.errno == ENOENT {
                // The run-time directory is a tmpfs (/run, /run/user/UID)
                // that a reboot empties, while the store keeps its
                // containers: made again by whichever command comes first.
                try FileSystem.makeDirectories(layout.containerRunDir, mode: 0o700)
                return try FileLock(path: path)
            }
        } catch {
            throw HullError(.failure, "locking container \(id): \(error)", cause: error)
        }
    }

    /// Unlinks the lock file of a container that no longer exists. A
    /// command that raced a removal (`rm -f` twice, `rm -af` with `run -d`)
    /// opens the lock path after the remover unlinked it and so makes the
    /// file again; without this, such files pile up without bound. Nobody
    /// needs the lock of a gone container: ids are never reused.
    public func forgetLock(_ id: String) {
        guard access(layout.containerDir(id) + "/config.json", F_OK) != 0, errno == ENOENT else { return }
        unlink(layout.containerRunDir + "/\(id).lock")
    }

    /// True while the container's record exists.
    public func exists(_ id: String) -> Bool {
        access(layout.containerDir(id) + "/config.json", F_OK) == 0
    }

    /// Deletes a container's files. Safe to repeat after an interruption:
    /// the directory is renamed away (atomically gone from `ps`), then the
    /// name is released, then the files are removed. Its run directory
    /// goes before, and its lock file right after the rename: a removal
    /// killed half-way leaves nothing under the run root that nobody would
    /// look for (a name left behind is taken over, a trash directory swept).
    public func remove(_ container: Container) throws(HullError) {
        let id = container.id
        let trash = layout.tempPath("rm", id)
        try? FileSystem.removeTree(runDir(id))
        if Glibc.rename(layout.containerDir(id), trash) != 0 && errno != ENOENT {
            throw HullError(.failure, "removing container \(id): \(LinuxError("rename").reason)")
        }
        EventLog(layout: layout).append(.container("remove", container.config))
        unlink(layout.containerRunDir + "/\(id).lock")
        if readName(container.name) == id { unlink(namePath(container.name)) }
        do {
            // Rootless: what the container made belongs to subordinate ids.
            try RootlessRemoval.removeTree(trash)
        } catch {
            throw HullError(.failure, "removing container \(id): \(error.message)")
        }
    }
}
