import HullBuild
import HullCompose
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The images a project's services run: pulled by the pull policy, or for
/// a service with `build:` built with hull build when missing (always with
/// `--build`), tagged `image:` or `<project>-<service>`.
struct ComposeImages {
    let layout: StoreLayout
    let pull: PullPolicy
    let rebuild: Bool

    init(layout: StoreLayout, pull: String, rebuild: Bool) throws {
        self.layout = layout
        self.pull = try PullPolicy.parse(pull)
        self.rebuild = rebuild
    }

    func ensure(_ service: ComposeService, _ name: String) throws -> ImageRecord {
        guard let build = service.build else { return try pulled(name) }
        if !rebuild, let existing = try? ImageStore(layout: layout).find(name) { return existing }
        composeProgress(" Service \(service.name)  Building")
        let result = try builder().build(try options(build, tag: name))
        composeProgress(" Service \(service.name)  Built")
        return try ImageStore(layout: layout).requireByID(result.imageID)
    }

    private func pulled(_ name: String) throws(HullError) -> ImageRecord {
        let puller = ImagePuller(layout: layout, options: RegistryOptions(tlsVerify: nil, credentials: nil, authFile: nil),
                                 observer: TransferProgress())
        return try pull.ensure(name, puller: puller)
    }

    private func builder() -> Builder {
        let layout = self.layout, pull = self.pull
        return Builder(layout: layout) { (image) throws(HullError) -> ImageRecord in
            let puller = ImagePuller(layout: layout, options: RegistryOptions(tlsVerify: nil, credentials: nil, authFile: nil),
                                     observer: TransferProgress())
            return try pull.ensure(image, puller: puller)
        }
    }

    private func options(_ b: ComposeBuild, tag: String) throws -> BuildOptions {
        let text: String, fileName: String
        if let inline = b.dockerfileInline {
            (text, fileName) = (inline, "Dockerfile")
        } else {
            let chosen = b.dockerfile ?? ["Containerfile", "Dockerfile"].first { FileManager.default.fileExists(atPath: b.context + "/" + $0) } ?? "Dockerfile"
            let path = chosen.hasPrefix("/") ? chosen : b.context + "/" + chosen
            guard let data = FileManager.default.contents(atPath: path) else {
                throw HullError(.failure, "stat \(path): no such file or directory")
            }
            (text, fileName) = (String(decoding: data, as: UTF8.self), chosen)
        }
        var o = BuildOptions(containerfile: text, containerfileName: fileName)
        o.contextDirectory = b.context
        o.tags = [tag]
        o.buildArgs = b.args
        o.target = b.target
        o.labels = b.labels
        o.hostEnvironment = ProcessInfo.processInfo.environment
        o.ignoreFile = [b.context + "/.containerignore", b.context + "/.dockerignore"]
            .compactMap { FileManager.default.contents(atPath: $0) }.first.map { String(decoding: $0, as: UTF8.self) }
        return o
    }
}
