import ArgumentParser

/// `run`/`create` flags for volumes and bind mounts (`--tmpfs` is with the
/// other create flags).
struct MountFlags: ParsableArguments {
    @Option(name: .shortAndLong, help: "Mount a volume or host path: [SOURCE:]DEST[:OPTIONS] (ro, rw, z, Z, [r]shared, [r]slave, [r]private, nocopy, ...); a name as SOURCE is a named volume, made if missing.")
    var volume: [String] = []

    @Option(name: .long, help: "Attach a mount: type=bind|volume|tmpfs,source=...,destination=...[,ro][,bind-propagation=...][,tmpfs-size=...][,tmpfs-mode=...].")
    var mount: [String] = []

    @Option(name: .customLong("volumes-from"), help: "Mount the volumes and bind mounts of another container: CONTAINER[:ro|rw].")
    var volumesFrom: [String] = []
}

extension MountFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<MountFlags> { OptionTable<MountFlags>([
        .list("-v", "--volume") { $0.volume = $1 },
        .list("--mount") { $0.mount = $1 },
        .list("--volumes-from") { $0.volumesFrom = $1 },
    ]) }
}
