import ArgumentParser
import HullEngine

struct Cp: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "cp",
        abstract: "Copy files between a container and the host, or between containers.",
        discussion: """
            SRC and DEST are a host path, CONTAINER:PATH, or - (a tar stream on stdin or stdout). Works with running \
            and stopped containers. A directory goes into an existing directory under its own name, or its contents \
            do when the source ends in /. ; a file replaces a file or goes into a directory. Paths in the container \
            resolve inside it: its symlinks never lead out; a relative one starts at its working directory.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .shortAndLong, help: "Keep the source's owners (uid/gid); otherwise copies belong to root.")
    var archive = false

    @Flag(name: [.customShort("L"), .long], help: "Follow a symlink given as the source.")
    var followLink = false

    @Argument(help: "What to copy: PATH, CONTAINER:PATH or -.", completion: .file())
    var source: String

    @Argument(help: "Where to copy it: PATH, CONTAINER:PATH or -.", completion: .file())
    var destination: String

    func execute(layout: StoreLayout) throws {
        let store = ContainerStore(layout: layout)
        let from = try location(source, store)
        let to = try location(destination, store)
        switch (from, to) {
        case (.container(let a, _), .container(let b, _)):
            // Both roots are opened from here; a FUSE root only from its
            // own user namespace, which cannot be the other's too.
            if ContainerUserNamespace.entryNeeded(a) != nil || ContainerUserNamespace.entryNeeded(b) != nil {
                throw HullError(.failure, "copying between containers whose roots are FUSE mounts of rootless users is not supported")
            }
        case (.container(let c, _), _), (_, .container(let c, _)):
            // A rootless FUSE root is reachable only from its user namespace.
            if let pid = ContainerUserNamespace.entryNeeded(c) {
                throw ExitCode(try ContainerUserNamespace.rerun(inNamespaceOf: pid, layout: layout))
            }
        default:
            throw HullError(.failure, "one of SRC and DEST must be a container path (CONTAINER:PATH)")
        }
        var options = ContainerCopy.Options()
        options.archive = archive
        options.followLink = followLink
        try ContainerCopy(layout: layout).copy(from: from, to: to, options: options)
    }

    /// Docker's reading: a path starting with / or . is the host's; otherwise
    /// NAME:PATH names a container.
    private func location(_ text: String, _ store: ContainerStore) throws -> ContainerCopy.Location {
        if text == "-" { return .stream }
        if text.hasPrefix("/") || text.hasPrefix(".") { return .host(text) }
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return .host(text) }
        let container = try store.require(String(text[..<colon]))
        let path = String(text[text.index(after: colon)...])
        return .container(container, path.isEmpty ? "/" : path)
    }
}
