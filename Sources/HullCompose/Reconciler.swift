import HullEngine

/// Brings the store to what a project describes, through HullEngine's own
/// calls: each service's containers are compared by config hash and left,
/// started, created or recreated; nothing is touched that already fits.
public struct Reconciler {
    public let layout: StoreLayout
    public let hostEnvironment: [String: String]
    /// Prints one progress line (` Container shop-web-1  Started`).
    public let report: (String) -> Void

    public init(layout: StoreLayout, hostEnvironment: [String: String], report: @escaping (String) -> Void) {
        self.layout = layout
        self.hostEnvironment = hostEnvironment
        self.report = report
    }

    public struct UpOptions: Sendable {
        public var forceRecreate = false
        public var noRecreate = false
        public var noStart = false
        public var removeOrphans = false
        /// Empty: every service; otherwise these and what they depend on.
        public var services: [String] = []
        public var configFiles: [String] = []
        public init() {}
    }

    /// The project's containers (one-off `run` ones too), by name.
    public func containers(of project: String) -> [Container] {
        ContainerStore(layout: layout).list()
            .filter { $0.config.labels[ComposeLabels.project] == project }
            .sorted { $0.name < $1.name }
    }

    /// Services asked for plus everything they depend on, in start order.
    public func selection(_ project: ComposeProject, _ names: [String]) throws(HullError) -> [ComposeService] {
        let ordered = DependencyOrder.sorted(project)
        guard !names.isEmpty else { return ordered }
        var wanted = Set<String>()
        func add(_ n: String) throws(HullError) {
            guard let s = project.service(n) else { throw HullError(.failure, "no such service: \(n)") }
            guard wanted.insert(n).inserted else { return }
            for d in s.dependsOn.keys { try add(d) }
        }
        for n in names { try add(n) }
        return ordered.filter { wanted.contains($0.name) }
    }

    /// `ensureImage`: the image a service runs, by name, made sure to be in
    /// the store (pulled or built), supplied by the caller that knows how
    /// to pull and build and show their progress.
    public func up(_ project: ComposeProject, options: UpOptions,
                   ensureImage: (ComposeService, String) throws -> ImageRecord) throws -> Void {
        let services = try selection(project, options.services)
        // Everything that can fail before anything is made is checked first.
        var images: [String: ImageRecord] = [:]
        for s in services {
            let image = s.imageName(project: project.name)
            if images[image] == nil { images[image] = try ensureImage(s, image) }
        }
        try ensureNetworks(project, services)
        try ensureVolumes(project, services)
        let existing = containers(of: project.name).filter { !$0.isOneOff }
        let orphans = existing.filter { project.service($0.composeService ?? "") == nil }
        if options.removeOrphans {
            for c in orphans { try remove(c) }
        } else if !orphans.isEmpty {
            Warning.emit("Found orphan containers ([\(orphans.map(\.name).joined(separator: " "))]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.")
        }
        let creator = ContainerCreator(layout: layout, hostEnvironment: hostEnvironment)
        let launcher = ContainerMonitorLauncher(layout: layout)
        var warnedHealth = false
        for s in services {
            try awaitDependencies(of: s, project: project, warnedHealth: &warnedHealth)
            let hash = ProjectRender.configHash(s, project: project)
            let mine = existing.filter { $0.composeService == s.name }
            for c in mine where c.composeNumber > s.scale { try remove(c) }
            guard s.scale > 0 else { continue }
            for number in 1...s.scale {
                var container = mine.first { $0.composeNumber == number }
                let image = images[s.imageName(project: project.name)]!
                // A changed file, or a newer image under the same name (pulled, rebuilt).
                if let c = container, options.forceRecreate
                    || (!options.noRecreate && (c.config.labels[ComposeLabels.configHash] != hash || c.config.imageID != image.id)) {
                    report(" Container \(c.name)  Recreate")
                    try remove(c, quiet: true)
                    container = nil
                }
                let created: Container
                if let c = container {
                    created = c
                } else {
                    let o = try ServiceContainer.options(s, project: project, number: number, hash: hash, configFiles: options.configFiles)
                    do {
                        created = try creator.create(o, image: image)
                    } catch {
                        throw HullError(.failure, "service \"\(s.name)\" could not be created: \(error.message)", cause: error)
                    }
                    report(" Container \(created.name)  Created")
                }
                if options.noStart { continue }
                if created.state.status == .running || created.state.status == .paused {
                    report(" Container \(created.name)  Running")
                    continue
                }
                do {
                    try launcher.startDetached(created)
                } catch {
                    throw HullError(.failure, "service \"\(s.name)\" failed to start: \(error.message)", cause: error)
                }
                report(" Container \(created.name)  Started")
            }
        }
    }

    func remove(_ c: Container, quiet: Bool = false) throws(HullError) {
        if c.state.status == .running || c.state.status == .paused {
            try ContainerLifecycle(layout: layout).stop(c, timeout: c.config.stopTimeout)
        }
        try ContainerRemover(layout: layout).remove(c, force: true)
        if !quiet { report(" Container \(c.name)  Removed") }
    }
}
