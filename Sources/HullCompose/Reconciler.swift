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

    /// `ensureImage`: makes sure an image is in the store (pulling it when
    /// missing), supplied by the caller that knows how to show progress.
    public func up(_ project: ComposeProject, options: UpOptions,
                   ensureImage: (String) throws -> ImageRecord) throws -> Void {
        let services = try selection(project, options.services)
        // Everything that can fail before anything is made is checked first.
        var images: [String: ImageRecord] = [:]
        for s in services {
            guard let image = s.image else {
                throw HullError(.failure, "service \"\(s.name)\": build: is not yet supported by hull compose; build the image with hull build and name it in image:")
            }
            if images[image] == nil { images[image] = try ensureImage(image) }
        }
        try ensureNetworks(project, services)
        try ensureVolumes(project, services)
        let existing = containers(of: project.name).filter { !$0.isOneOff }
        if options.removeOrphans {
            for c in existing where project.service(c.composeService ?? "") == nil { try remove(c) }
        }
        let creator = ContainerCreator(layout: layout, hostEnvironment: hostEnvironment)
        let launcher = ContainerMonitorLauncher(layout: layout)
        for s in services {
            let hash = ProjectRender.configHash(s, project: project)
            let mine = existing.filter { $0.composeService == s.name }
            for c in mine where c.composeNumber > s.scale { try remove(c) }
            guard s.scale > 0 else { continue }
            for number in 1...s.scale {
                var container = mine.first { $0.composeNumber == number }
                if let c = container, options.forceRecreate || (!options.noRecreate && c.config.labels[ComposeLabels.configHash] != hash) {
                    report(" Container \(c.name)  Recreate")
                    try remove(c, quiet: true)
                    container = nil
                }
                let created: Container
                if let c = container {
                    created = c
                } else {
                    let o = try ServiceContainer.options(s, project: project, number: number, hash: hash, configFiles: options.configFiles)
                    created = try creator.create(o, image: images[s.image!])
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

    func ensureNetworks(_ project: ComposeProject, _ services: [ComposeService]) throws(HullError) {
        let used = Set(services.filter { $0.networkMode == nil }.flatMap { $0.networks.keys })
        let store = NetworkStore(layout: layout)
        let manager = NetworkManager(layout: layout, config: try HullConfig.load(environment: hostEnvironment))
        for key in used.sorted() {
            let net = project.networks[key] ?? ComposeNetwork()
            let name = project.networkName(key)
            if store.find(name) != nil { continue }
            if net.external { throw HullError(.failure, "network \(name) declared as external, but could not be found") }
            var r = NetworkManager.CreateRequest(name: name)
            r.internal = net.internal
            r.subnet = net.subnet
            r.interfaceName = net.bridgeName
            r.labels = net.labels
            r.labels[ComposeLabels.project] = project.name
            r.labels[ComposeLabels.network] = key
            _ = try manager.create(r)
            report(" Network \(name)  Created")
        }
    }

    func ensureVolumes(_ project: ComposeProject, _ services: [ComposeService]) throws(HullError) {
        let used = Set(services.flatMap { $0.volumes.compactMap { $0.kind == .volume ? $0.source : nil } })
        let store = VolumeStore(layout: layout)
        for key in used.sorted() {
            let vol = project.volumes[key] ?? ComposeVolume()
            let name = project.volumeName(key)
            if store.exists(name) { continue }
            if vol.external { throw HullError(.failure, "external volume \"\(name)\" not found") }
            var record = VolumeRecord(name: name)
            record.labels = vol.labels
            record.labels[ComposeLabels.project] = project.name
            record.labels[ComposeLabels.volume] = key
            _ = try store.create(record, ifMissing: true)
            report(" Volume \(name)  Created")
        }
    }

    private func remove(_ c: Container, quiet: Bool = false) throws(HullError) {
        if c.state.status == .running || c.state.status == .paused {
            try ContainerLifecycle(layout: layout).stop(c, timeout: c.config.stopTimeout)
        }
        try ContainerRemover(layout: layout).remove(c, force: true)
        if !quiet { report(" Container \(c.name)  Removed") }
    }

    /// `down`: the project's containers (dependents first), then its
    /// networks, and with `volumes` its named volumes. Works from labels,
    /// so it removes what an earlier `up` made even when the file changed.
    public func down(project: String, volumes: Bool, removeOrphans: Bool = true) throws(HullError) {
        let all = containers(of: project)
        for c in all where c.state.status == .running || c.state.status == .paused {
            try ContainerLifecycle(layout: layout).stop(c, timeout: c.config.stopTimeout)
            report(" Container \(c.name)  Stopped")
        }
        for c in all {
            try ContainerRemover(layout: layout).remove(c, force: true)
            report(" Container \(c.name)  Removed")
        }
        let manager = NetworkManager(layout: layout, config: try HullConfig.load(environment: hostEnvironment))
        for n in NetworkStore(layout: layout).list() where n.labels?[ComposeLabels.project] == project {
            _ = try manager.remove(n.name, force: false)
            report(" Network \(n.name)  Removed")
        }
        if volumes {
            let store = VolumeStore(layout: layout)
            for v in store.list() where v.labels[ComposeLabels.project] == project {
                try store.remove(v.name)
                report(" Volume \(v.name)  Removed")
            }
        }
    }

    public func stop(_ project: ComposeProject, services: [String], timeout: Int?) throws(HullError) {
        let names = Set(services)
        // Dependents stop before what they depend on.
        for s in try selection(project, []).reversed() where names.isEmpty || names.contains(s.name) {
            for c in containers(of: project.name) where c.composeService == s.name && (c.state.status == .running || c.state.status == .paused) {
                try ContainerLifecycle(layout: layout).stop(c, timeout: timeout ?? c.config.stopTimeout)
                report(" Container \(c.name)  Stopped")
            }
        }
    }

    public func start(_ project: ComposeProject, services: [String]) throws(HullError) {
        let names = Set(services)
        for s in try selection(project, []) where names.isEmpty || names.contains(s.name) {
            for c in containers(of: project.name) where c.composeService == s.name && !c.isOneOff
                && c.state.status != .running && c.state.status != .paused {
                try ContainerMonitorLauncher(layout: layout).startDetached(c)
                report(" Container \(c.name)  Started")
            }
        }
    }

    /// `rm`: stopped containers of the project (all of them with `stopFirst`).
    public func removeStopped(_ project: ComposeProject, services: [String], stopFirst: Bool) throws(HullError) {
        let names = Set(services)
        for c in containers(of: project.name) where names.isEmpty || names.contains(c.composeService ?? "") {
            let active = c.state.status == .running || c.state.status == .paused
            if active && !stopFirst { continue }
            try remove(c)
        }
    }
}
