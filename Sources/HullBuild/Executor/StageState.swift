#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine

/// What a stage has built so far: the image of its last step (none yet
/// for `FROM scratch`), the config the next step starts from, and what
/// lives only during the build (ARGs, SHELL).
struct StageState {
    var imageID: String?
    var config: ImageConfig
    var size: Int64
    var args: [(name: String, value: String?)] = []
    var shell = ["/bin/sh", "-c"]
    /// A CMD given in this stage: ENTRYPOINT then keeps it (Docker's rule).
    var cmdSet = false
    /// Layers and history entries of the FROM image: what --squash keeps.
    var baseLayers = 0
    var baseHistory = 0

    var defaults: ImageConfig.ContainerDefaults {
        get { config.config ?? .init() }
        set { config.config = newValue }
    }

    /// A variable as the stage's next instruction sees it: ENV first, then ARGs.
    func lookup(_ name: String) -> String? {
        if let env = ContainerEnvironment.value(name, in: defaults.Env ?? []) { return env }
        return args.last(where: { $0.name == name })?.value
    }

    /// ARGs with a value, for RUN's environment and its history line.
    var argPairs: [String] {
        var seen: [String: String] = [:]
        var order: [String] = []
        for (name, value) in args {
            guard let value else { continue }
            if seen[name] == nil { order.append(name) }
            seen[name] = value
        }
        return order.compactMap { name in seen[name].map { "\(name)=\($0)" } }
    }

    static func scratch() -> StageState {
        let platform = BuildVariables.platformArgs()
        let config = ImageConfig(created: nil, architecture: platform["TARGETARCH"] ?? "amd64", os: "linux",
                                 config: nil, rootfs: .init(diffIDs: []), history: [])
        return StageState(imageID: nil, config: config, size: 0)
    }

    init(imageID: String?, config: ImageConfig, size: Int64) {
        self.imageID = imageID
        self.config = config
        self.size = size
    }

    init(image: Image) {
        self.init(imageID: image.id, config: image.config, size: image.record.size)
    }
}
