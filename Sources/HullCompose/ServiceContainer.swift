import HullEngine

/// What `hull create` is told for one replica of a service.
enum ServiceContainer {
    /// `oneOffName`: a `compose run` container (no published ports, its own
    /// name, labelled oneoff so `up` and `start` leave it alone).
    static func options(_ s: ComposeService, project: ComposeProject, number: Int, hash: String,
                        configFiles: [String], oneOffName: String? = nil) throws(HullError) -> CreateOptions {
        let image = s.imageName(project: project.name)
        var o = CreateOptions(image: image)
        o.checkPorts = true
        o.name = project.containerName(s, number: number)
        if let c = s.command { o.args = c }
        o.entrypoint = s.entrypoint
        o.env = s.environment.keys.sorted().compactMap { k in s.environment[k]!.map { "\(k)=\($0)" } }
        o.workdir = s.workingDir
        o.user = s.user
        o.hostname = s.hostname
        o.interactive = s.stdinOpen
        o.tty = s.tty
        o.initProcess = s.initProcess ?? false
        o.restartPolicy = s.restart
        o.capAdd = s.capAdd
        o.capDrop = s.capDrop
        o.privileged = s.privileged
        o.readOnly = s.readOnly
        o.tmpfs = s.tmpfs + s.volumes.filter { $0.kind == .tmpfs }.map(\.target)
        o.stopSignal = s.stopSignal
        if let grace = s.stopGracePeriod { o.stopTimeout = seconds(grace) }
        o.ulimits = s.ulimits.keys.sorted().map { "\($0)=\(s.ulimits[$0]!)" }
        for opt in s.securityOpt {
            if opt.hasPrefix("seccomp=") || opt.hasPrefix("seccomp:") { o.seccompProfile = String(opt.dropFirst(8)) }
            if opt.hasPrefix("no-new-privileges") { o.noNewPrivileges = !opt.hasSuffix("false") }
        }
        o.labels = s.labels
        o.labels[ComposeLabels.project] = project.name
        o.labels[ComposeLabels.service] = s.name
        o.labels[ComposeLabels.number] = String(number)
        o.labels[ComposeLabels.configHash] = hash
        o.labels[ComposeLabels.oneoff] = oneOffName == nil ? "False" : "True"
        if let oneOffName { o.name = oneOffName }
        o.labels[ComposeLabels.workingDir] = project.workingDir
        o.labels[ComposeLabels.configFiles] = configFiles.joined(separator: ",")
        o.labels[ComposeLabels.image] = image
        if !s.dependsOn.isEmpty {
            o.labels[ComposeLabels.dependsOn] = s.dependsOn.keys.sorted().map { "\($0):\(s.dependsOn[$0]!.condition):\(s.dependsOn[$0]!.restart)" }.joined(separator: ",")
        }
        o.volumes = s.volumes.compactMap { m in
            switch m.kind {
            case .tmpfs: return nil
            case .bind: return "\(m.source!):\(m.target)" + (m.readOnly ? ":ro" : "")
            case .volume:
                let options = [m.readOnly ? "ro" : nil, m.noCopy ? "nocopy" : nil].compactMap { $0 }
                let source = m.source.map { project.volumeName($0) + ":" } ?? ""
                return source + m.target + (options.isEmpty ? "" : ":" + options.joined(separator: ","))
            }
        }
        var net = NetworkOptions()
        if let mode = s.networkMode {
            net.network = [mode.hasPrefix("service:") ? "container:" + project.name + "-" + mode.dropFirst(8) + "-1" : mode]
        } else {
            net.network = s.networks.keys.sorted().map { project.networkName($0) }
            // Peers reach a service by its name on every project network.
            var aliases = [s.name]
            for a in s.networks.values { aliases += a.aliases }
            net.aliases = aliases
            if s.networks.count == 1, let ip = s.networks.values.first?.ipv4Address { net.ip = ip }
        }
        // A one-off container would take the service's host ports (compose
        // run publishes none unless asked with --service-ports).
        if oneOffName == nil { net.publish = s.ports.map(\.publishFlag) }
        net.dns = s.dns
        net.addHosts = s.extraHosts
        o.networking = net
        return o
    }

    /// A Go duration in whole seconds (stop timeouts are seconds).
    static func seconds(_ d: String) -> Int {
        var total = 0.0
        var number = ""
        var unit = ""
        func flush() {
            let n = Double(number) ?? 0
            switch unit {
            case "h": total += n * 3600
            case "m": total += n * 60
            case "s": total += n
            case "ms": total += n / 1000
            default: break
            }
            number = ""; unit = ""
        }
        for c in d {
            if c.isNumber || c == "." {
                if !unit.isEmpty { flush() }
                number.append(c)
            } else { unit.append(c) }
        }
        flush()
        return Int(total.rounded(.up))
    }
}
