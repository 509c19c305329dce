import ArgumentParser
import HullCompose
import HullEngine

struct ComposeBuildCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the images of a project's services that have build:.",
        discussion: "Each is tagged with its image: name, else PROJECT-SERVICE.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Argument(help: "Services to build (default: every one with build:).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        let images = try ComposeImages(layout: layout, pull: "missing", rebuild: true)
        for name in services where project.service(name) == nil { throw HullError(.failure, "no such service: \(name)") }
        for s in project.services where s.build != nil && (services.isEmpty || services.contains(s.name)) {
            _ = try images.ensure(s, s.imageName(project: project.name))
        }
    }
}
