import HullEngine

/// `compose run`: a new container of a service for one command, after the
/// services it depends on are up.
public struct OneOffRequest: Sendable {
    public var service: String
    public var command: [String]?
    public var entrypoint: [String]?
    public var env: [String] = []
    public var user: String?
    public var workdir: String?
    public var name: String?
    public var autoRemove = false
    public var noDeps = false
    public var servicePorts = false
    public init(service: String) { self.service = service }
}

extension Reconciler {
    public func createOneOff(_ project: ComposeProject, _ r: OneOffRequest, configFiles: [String],
                             ensureImage: (ComposeService, String) throws -> ImageRecord) throws -> Container {
        guard var s = project.service(r.service) else { throw HullError(.failure, "no such service: \(r.service)") }
        var up = UpOptions()
        up.configFiles = configFiles
        up.services = s.dependsOn.keys.sorted()
        if !r.noDeps && !up.services.isEmpty { try self.up(project, options: up, ensureImage: ensureImage) }
        if let c = r.command { s.command = c }
        if let e = r.entrypoint { s.entrypoint = e }
        if let u = r.user { s.user = u }
        if let w = r.workdir { s.workingDir = w }
        for item in r.env {
            let kv = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            s.environment[kv[0]] = kv.count > 1 ? kv[1] : hostEnvironment[kv[0]]
        }
        let record = try ensureImage(s, s.imageName(project: project.name))
        try ensureNetworks(project, [s])
        try ensureVolumes(project, [s])
        let name = r.name ?? "\(project.name)-\(s.name)-run-\(Identifier.random().prefix(12))"
        var o = try ServiceContainer.options(s, project: project, number: 1, hash: ProjectRender.configHash(s, project: project),
                                             configFiles: configFiles, oneOffName: name)
        if r.servicePorts { o.networking.publish = s.ports.map(\.publishFlag) }
        o.autoRemove = r.autoRemove
        return try ContainerCreator(layout: layout, hostEnvironment: hostEnvironment).create(o, image: record)
    }
}
