import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// RUN: the command runs in a container of the stage's current image,
/// made and started by the same engine calls as `hull run` (same
/// namespaces, cgroup, capabilities, seccomp and mounts), with the
/// stage's environment, user and working directory; its output goes
/// straight to hull's. What it changed becomes the step's layer.
struct RunStep {
    let layout: StoreLayout
    let hostEnvironment: [String: String]
    var ulimits: [String] = []
    /// -q: the command's standard output is dropped (its errors still
    /// show), as podman build -q does.
    var quiet = false

    struct Failed: Error {
        let exitCode: Int32
    }

    func run(_ argv: [String], in state: StageState, env: [String], network: String?, mounts: [RunMount] = [],
             context: String? = nil, secrets: [String: String] = [:]) throws(HullError) -> LayerStore.LayerRecord {
        guard let imageID = state.imageID else {
            throw HullError(.failure, "RUN needs an image to run in: the stage has no files yet (FROM scratch)")
        }
        let images = ImageStore(layout: layout)
        let record = try images.requireByID(imageID)
        var options = CreateOptions(image: imageID)
        options.entrypoint = []
        options.args = argv
        options.env = env
        // podman build's RUN has no TERM (a container's default); the
        // stage's own ENV TERM, in `env`, still applies.
        options.unsetenv = ["TERM"]
        options.user = state.defaults.User
        options.workdir = state.defaults.WorkingDir
        if let network { options.networking.network = [network] }
        options.labels = BuildContainers.labels()
        options.ulimits = ulimits
        // Mount points the image lacks are made for the run and left out of the layer.
        let tree = LayeredTree(diffIDs: state.config.rootfs.diff_ids, layout: layout)
        var skip = ContainerChanges.ignored
        let scratch = layout.tmpDir + "/buildmounts-\(getpid())-\(Identifier.random().prefix(12))"
        defer { try? FileSystem.removeTree(scratch) }
        for mount in mounts {
            guard let option = try mount.containerOption(context: context, secrets: secrets,
                                                         cacheRoot: BuildCache(layout: layout).directory + "/mounts",
                                                         scratch: scratch) else { continue }
            if let volume = option.volume { options.volumes.append(volume) }
            if let tmpfs = option.tmpfs { options.tmpfs.append(tmpfs) }
            var path = mount.target
            while path != "/", tree.locate(tree.resolve(path)) == nil {
                skip.insert(path)
                path = ContextPath.clean(path + "/..")
            }
        }
        let container = try ContainerCreator(layout: layout, hostEnvironment: hostEnvironment).create(options, image: record)
        defer {
            try? ContainerStore(layout: layout).remove(container)
            VolumeStore(layout: layout).removeAnonymous(of: container.config)
        }
        // The container's output is relayed to hull's descriptors 1 and 2:
        // for -q, descriptor 1 is /dev/null while it runs.
        let savedStdout = quiet ? fcntl(1, F_DUPFD_CLOEXEC, 0) : -1
        if savedStdout >= 0 {
            let devNull = open("/dev/null", O_WRONLY | O_CLOEXEC)
            if devNull >= 0 { dup2(devNull, 1); close(devNull) }
        }
        defer {
            if savedStdout >= 0 { dup2(savedStdout, 1); close(savedStdout) }
        }
        let code = try ContainerRunner(layout: layout).runAttached(container)
        guard code == 0 else {
            throw HullError(.failure, "exit status \(code)", cause: Failed(exitCode: code))
        }
        let upper = ContainerStore(layout: layout).upperDir(container.id)
        return try StepCommitter(layout: layout, environment: hostEnvironment).layer(from: upper, skip: skip,
                                                        idMappings: container.config.idMappings)
    }
}
