import HullEngine

/// The project's networks and named volumes, made before its containers.
extension Reconciler {
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

}
