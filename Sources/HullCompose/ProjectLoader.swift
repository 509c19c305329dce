#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine

/// Reads compose files into a `ComposeProject`: interpolation per file,
/// checks per file (so errors name the file that has the mistake), merge,
/// profiles, project name, and the checks across services. Pure apart from
/// reading the files it is given.
public struct ProjectLoader {
    public struct Options: Sendable {
        public var files: [String] = []
        public var projectName: String?
        public var profiles: [String] = []
        public var envFiles: [String] = []
        public var workingDirectory: String
        public var environment: [String: String]
        public init(workingDirectory: String, environment: [String: String]) {
            self.workingDirectory = workingDirectory
            self.environment = environment
        }
    }

    static let topLevelKeys: Set<String> = ["version", "name", "services", "networks", "volumes", "secrets", "configs", "include", "models"]

    public let options: Options
    /// File contents by path, for tests (nil: read from disk).
    let contents: [String: String]?

    public init(_ options: Options) {
        self.options = options
        self.contents = nil
    }

    init(_ options: Options, contents: [String: String]) {
        self.options = options
        self.contents = contents
    }

    public func load() throws(HullError) -> ComposeProject {
        let files = try ComposeFiles.find(explicit: options.files, workingDirectory: options.workingDirectory,
                                          exists: { contents?[$0] != nil || (contents == nil && FileManager.default.fileExists(atPath: $0)) })
        let projectDir = Self.directory(of: files[0] == "-" ? options.workingDirectory + "/-" : files[0])
        let env = try environment(projectDir: projectDir)
        var warnings: [String] = []
        var merged: ComposeNode?
        for file in files {
            let label = Self.label(file)
            let text = try read(file)
            var tree = try ComposeYAML.parse(text, file: label)
            var interpolation = Interpolation(environment: env)
            tree = try interpolation.applyTree(tree, file: label, path: "")
            for name in interpolation.unset {
                let warning = "The \"\(name)\" variable is not set. Defaulting to a blank string."
                if !warnings.contains(warning) { warnings.append(warning) }
            }
            try check(ComposeMerge.strip(tree), file: label, projectDir: projectDir, env: env)
            tree = ComposeMerge.normalize(tree)
            merged = merged.map { ComposeMerge.merge($0, tree) ?? .mapping(ComposeMap()) } ?? ComposeMerge.strip(tree)
        }
        let resolved = try Extends(loader: self, projectDir: projectDir, env: env)
            .resolve(merged ?? .mapping(ComposeMap()), file: Self.label(files[0]))
        var project = try build(resolved, file: Self.label(files[0]), projectDir: projectDir, env: env)
        project.warnings = warnings
        project.configFiles = files
        return project
    }

    static func label(_ file: String) -> String { file.split(separator: "/").last.map(String.init) ?? file }

    static func directory(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        let d = String(file[..<slash])
        return d.isEmpty ? "/" : d
    }

    func read(_ file: String) throws(HullError) -> String {
        if let contents {
            guard let text = contents[file] else { throw HullError(.failure, "open \(file): no such file or directory") }
            return text
        }
        let data = FileManager.default.contents(atPath: file == "-" ? "/dev/stdin" : file)
        guard let data else { throw HullError(.failure, "open \(file): no such file or directory") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The variables interpolation sees: the `.env` file (or `--env-file`s)
    /// under the process environment, which wins.
    func environment(projectDir: String) throws(HullError) -> [String: String] {
        var env: [String: String] = [:]
        let files = options.envFiles.isEmpty ? [projectDir + "/.env"] : options.envFiles.map { $0.hasPrefix("/") ? $0 : options.workingDirectory + "/" + $0 }
        for file in files {
            let text: String?
            if let contents { text = contents[file] } else { text = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } }
            guard let text else {
                if !options.envFiles.isEmpty { throw HullError(.failure, "couldn't find env file: \(file)") }
                continue
            }
            for (k, v) in try ComposeEnvFile.parse(text, file: Self.label(file)) { env[k] = v }
        }
        for (k, v) in options.environment { env[k] = v }
        return env
    }

    /// One file on its own: known keys and well-typed values.
    private func check(_ tree: ComposeNode, file: String, projectDir: String, env: [String: String]) throws(HullError) {
        let reader = NodeReader(file: file)
        let top = try reader.map(tree, "", allowed: Self.topLevelKeys)
        for key in ["secrets", "configs", "include", "models"] where top[key] != nil {
            throw reader.fail(key, "not supported by hull yet")
        }
        if let name = top["name"] { _ = try reader.string(name, "name") }
        if let services = top["services"], services != .null {
            let parser = ServiceParser(reader: reader, projectDir: projectDir, environment: env)
            for (name, service) in try reader.map(services, "services").entries {
                _ = try parser.parse(name: name, service, path: "services." + name)
            }
        }
        if let n = top["networks"], n != .null { _ = try networks(n, reader: reader) }
        if let v = top["volumes"], v != .null { _ = try volumes(v, reader: reader) }
    }

    private func build(_ tree: ComposeNode, file: String, projectDir: String, env: [String: String]) throws(HullError) -> ComposeProject {
        let reader = NodeReader(file: file)
        let top = try reader.map(tree, "")
        let name: String
        if let p = options.projectName {
            name = try ProjectName.check(p, source: "-p")
        } else if let p = env["COMPOSE_PROJECT_NAME"], !p.isEmpty {
            name = try ProjectName.check(p, source: "COMPOSE_PROJECT_NAME")
        } else if let p = try reader.optionalString(top["name"], "name") {
            name = try ProjectName.check(p, source: file + ": name")
        } else {
            name = ProjectName.fromDirectory(projectDir)
            guard !name.isEmpty else { throw HullError(.failure, "project name must not be empty: use -p or name:") }
        }
        var networks = try top["networks"].map { (n) throws(HullError) in try self.networks(n, reader: reader) } ?? [:]
        let volumes = try top["volumes"].map { (v) throws(HullError) in try self.volumes(v, reader: reader) } ?? [:]
        let parser = ServiceParser(reader: reader, projectDir: projectDir, environment: env)
        var all: [ComposeService] = []
        if let services = top["services"], services != .null {
            for (key, node) in try reader.map(services, "services").entries {
                all.append(try parser.parse(name: key, node, path: "services." + key))
            }
        }
        let active = Set(options.profiles.isEmpty
            ? (env["COMPOSE_PROFILES"] ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            : options.profiles)
        var services = all.filter { $0.profiles.isEmpty || !active.isDisjoint(with: $0.profiles) || active.contains("*") }
        services.sort { $0.name < $1.name }
        for i in services.indices {
            let s = services[i]
            if s.image == nil && !s.hasBuild {
                throw reader.fail("services." + s.name, "has neither an image nor a build context specified")
            }
            if s.containerName != nil && s.scale > 1 {
                throw reader.fail("services.\(s.name).container_name", "a service with container_name cannot be scaled to \(s.scale): container names are unique")
            }
            // Every service is on `default` unless it names its networks.
            if s.networks.isEmpty && s.networkMode == nil { services[i].networks["default"] = ComposeNetworkAttachment() }
            for (dep, d) in s.dependsOn where !services.contains(where: { $0.name == dep }) {
                if !d.required { services[i].dependsOn[dep] = nil; continue }
                let why = all.contains { $0.name == dep } ? "is not enabled by the active profiles" : "is not defined"
                throw reader.fail("services.\(s.name).depends_on", "service \"\(s.name)\" depends on \"\(dep)\", which \(why)")
            }
            for n in services[i].networks.keys where n != "default" && networks[n] == nil {
                throw reader.fail("services.\(s.name).networks", "service \"\(s.name)\" refers to undefined network \(n)")
            }
            for m in s.volumes where m.kind == .volume {
                if let src = m.source, volumes[src] == nil {
                    throw reader.fail("services.\(s.name).volumes", "service \"\(s.name)\" refers to undefined volume \(src)")
                }
            }
        }
        if services.contains(where: { $0.networks["default"] != nil }) && networks["default"] == nil {
            networks["default"] = ComposeNetwork()
        }
        for (key, n) in networks where n.name == nil { networks[key]?.name = n.external ? key : "\(name)_\(key)" }
        var project = ComposeProject(name: name, workingDir: projectDir, services: services, networks: networks, volumes: volumes)
        for (key, v) in volumes where v.name == nil { project.volumes[key]?.name = v.external ? key : "\(name)_\(key)" }
        try DependencyOrder.check(project, file: file)
        try checkPorts(project, reader: reader)
        return project
    }

    private func checkPorts(_ project: ComposeProject, reader: NodeReader) throws(HullError) {
        var seen: [String: String] = [:]
        for s in project.services {
            for p in s.ports {
                guard let published = p.published, !published.contains("-") else { continue }
                let key = "\(p.hostIP ?? "0.0.0.0"):\(published)/\(p.proto)"
                if let other = seen[key] {
                    throw reader.fail("services.\(s.name).ports", "host port \(published)/\(p.proto) is published by both \(other) and \(s.name)")
                }
                seen[key] = s.name
            }
        }
    }

    private func networks(_ node: ComposeNode, reader: NodeReader) throws(HullError) -> [String: ComposeNetwork] {
        var out: [String: ComposeNetwork] = [:]
        guard node != .null else { return out }
        for (key, v) in try reader.map(node, "networks").entries {
            let p = "networks." + key
            var n = ComposeNetwork()
            if v != .null {
                let m = try reader.map(v, p, allowed: ["name", "external", "internal", "driver", "driver_opts", "labels", "ipam",
                                                       "attachable", "enable_ipv6", "enable_ipv4"])
                n.name = try reader.optionalString(m["name"], join(p, "name"))
                if let e = m["external"] { n.external = try reader.bool(e, join(p, "external")) }
                if let i = m["internal"] { n.internal = try reader.bool(i, join(p, "internal")) }
                n.driver = try reader.optionalString(m["driver"], join(p, "driver"))
                if let d = n.driver, d != "bridge" { throw reader.fail(join(p, "driver"), "network driver \"\(d)\" is not supported: hull has bridge only") }
                if let l = m["labels"] { for (k, v) in try reader.keyValues(l, join(p, "labels")) { n.labels[k] = v ?? "" } }
                if let opts = m["driver_opts"], opts != .null {
                    for (k, v) in try reader.keyValues(opts, join(p, "driver_opts")) {
                        guard k == "com.docker.network.bridge.name" else { throw reader.fail(join(join(p, "driver_opts"), k), "not supported by hull yet") }
                        n.bridgeName = v ?? nil
                    }
                }
                if let ipam = m["ipam"], ipam != .null {
                    let im = try reader.map(ipam, join(p, "ipam"), allowed: ["driver", "config", "options"])
                    if case .sequence(let configs)? = im["config"], let first = configs.first {
                        let c = try reader.map(first, join(p, "ipam.config[0]"), allowed: ["subnet", "ip_range", "gateway", "aux_addresses"])
                        n.subnet = try reader.optionalString(c["subnet"], join(p, "ipam.config[0].subnet"))
                    }
                }
            }
            out[key] = n
        }
        return out
    }

    private func volumes(_ node: ComposeNode, reader: NodeReader) throws(HullError) -> [String: ComposeVolume] {
        var out: [String: ComposeVolume] = [:]
        guard node != .null else { return out }
        for (key, v) in try reader.map(node, "volumes").entries {
            let p = "volumes." + key
            var vol = ComposeVolume()
            if v != .null {
                let m = try reader.map(v, p, allowed: ["name", "external", "driver", "driver_opts", "labels"])
                vol.name = try reader.optionalString(m["name"], join(p, "name"))
                if let e = m["external"] { vol.external = try reader.bool(e, join(p, "external")) }
                vol.driver = try reader.optionalString(m["driver"], join(p, "driver"))
                if let d = vol.driver, d != "local" { throw reader.fail(join(p, "driver"), "volume driver \"\(d)\" is not supported: hull has local only") }
                if m["driver_opts"] != nil { throw reader.fail(join(p, "driver_opts"), "not supported by hull yet") }
                if let l = m["labels"] { for (k, v) in try reader.keyValues(l, join(p, "labels")) { vol.labels[k] = v ?? "" } }
            }
            out[key] = vol
        }
        return out
    }
}
