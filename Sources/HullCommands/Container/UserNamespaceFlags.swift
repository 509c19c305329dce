import ArgumentParser
import HullEngine

/// --userns, --uidmap and --gidmap, shared by run and create.
struct UserNamespaceFlags: ParsableArguments {
    @Option(name: .long, help: "User namespace: host (default), auto[:size=N] (a free range of the subordinate ids of the user \"containers\"), keep-id[:uid=N,gid=N] (rootless only: your uid and gid stay yours inside, or become N).")
    var userns: String?

    @Option(name: .long, help: "Run in a user namespace with this uid map: CONTAINER_ID:HOST_ID:LENGTH (repeatable).")
    var uidmap: [String] = []

    @Option(name: .long, help: "Run in a user namespace with this gid map: CONTAINER_ID:HOST_ID:LENGTH (repeatable; default: the uid map).")
    var gidmap: [String] = []

    var options: UserNamespaceOptions { UserNamespaceOptions(mode: userns, uidMap: uidmap, gidMap: gidmap) }
}

extension UserNamespaceFlags {
    /// The same options for `OptionTable`'s fast parse (kept equal by OptionTableTests).
    static var optionTable: OptionTable<UserNamespaceFlags> { OptionTable<UserNamespaceFlags>([
        .option("--userns") { $0.userns = $1 },
        .list("--uidmap") { $0.uidmap = $1 },
        .list("--gidmap") { $0.gidmap = $1 },
    ]) }
}
