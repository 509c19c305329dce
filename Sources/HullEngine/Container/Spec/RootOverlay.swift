import HullLinux

/// A container's root overlay as one value: the spec builder makes it, the
/// user-namespace and FUSE decisions set its backend, and it is rendered
/// once, last, into the child's first mount step (or into the parent's
/// idmapped mount, or into a FUSE program's command line). Nothing parses
/// mount options back out of a string.
struct RootOverlay: Equatable {
    enum Backend: Equatable {
        /// The kernel's overlay, mounted by the child.
        case kernel
        /// The kernel's overlay mounted by the child as root of a user
        /// namespace (rootless): trusted.* xattrs need real root, so the
        /// overlay keeps its metadata in user.* xattrs.
        case userxattr
        /// Mounted by the parent over idmapped layers and handed to the
        /// child (rootful user namespaces): the child attaches it.
        case idmapped
        /// A FUSE program (Podman's `overlay.mount_program`) mounts it.
        case fuse(program: String)
    }

    /// The directory the lower dirs are relative to (the layer store):
    /// short relative names keep long layer lists within the kernel's
    /// one-page limit on mount options.
    var layersDir: String
    /// Relative to `layersDir`, topmost first, as in overlay's lowerdir.
    var lowerDirs: [String]
    var upperDir: String
    var workDir: String
    var target: String
    /// See `volatileOption`.
    var volatile: Bool
    var backend: Backend = .kernel

    /// For a container made with --rm (as Podman does for them): the kernel
    /// skips the overlay's syncs. Without it, every copy-up is fsync'ed and
    /// the unmount at exit runs syncfs(2) on the whole file system holding
    /// the store, which waits for the journal and for whatever else on that
    /// disk is dirty. A --rm container is gone after its one start, so a
    /// crash costs nothing worth keeping; the kernel then refuses to mount
    /// that upper dir again (see VolatileOverlayMarker).
    static let volatileOption = "volatile"

    /// The kernel's limit on mount option data is one page.
    static let maximumOptionBytes = 4000

    var absoluteLowerDirs: [String] {
        lowerDirs.map { $0.hasPrefix("/") ? $0 : layersDir + "/" + $0 }
    }

    /// The kernel overlay's option string.
    var kernelOptions: String {
        var options = "lowerdir=\(lowerDirs.joined(separator: ":")),upperdir=\(upperDir),workdir=\(workDir)"
        if volatile { options += "," + Self.volatileOption }
        if backend == .userxattr { options += ",userxattr" }
        return options
    }

    /// Whether the kernel takes these options in one mount(2).
    var fitsOneMount: Bool { kernelOptions.utf8.count < Self.maximumOptionBytes }

    /// Refuses what the kernel would refuse, before anything is made.
    func validate(layerCount: Int) throws(HullError) {
        guard !lowerDirs.isEmpty else { throw HullError(.failure, "the image has no layers") }
        guard fitsOneMount else {
            throw HullError(.failure, "the image has too many layers (\(layerCount)) for one overlay mount")
        }
    }

    /// The child's mount step for the root, or nil when a FUSE program
    /// mounts it instead.
    var mountStep: MountStep? {
        switch backend {
        case .kernel, .userxattr:
            MountStep(source: "overlay", target: target, fstype: "overlay", data: kernelOptions,
                      flags: 0, inRoot: false, workingDirectory: layersDir)
        case .idmapped:
            MountStep(kind: .attach, target: "/", sourceFD: MountStep.receivedFD)
        case .fuse:
            nil
        }
    }

    /// What the parent mounts over idmapped layers (`.idmapped`).
    var idmapped: IdmappedOverlay {
        IdmappedOverlay(lowerDirs: absoluteLowerDirs, upperDir: upperDir, workDir: workDir, volatile: volatile)
    }

    /// What a FUSE program mounts (`.fuse`): absolute lower dirs, since a
    /// program's argv has no one-page limit.
    var fuseMount: FuseOverlay.Mount? {
        guard case .fuse(let program) = backend else { return nil }
        return FuseOverlay.Mount(program: program, lowerDirs: absoluteLowerDirs, upperDir: upperDir,
                                 workDir: workDir, target: target)
    }
}
