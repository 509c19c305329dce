import ArgumentParser
import HullCompose
import HullEngine

struct ComposePull: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Pull the images of a project's services.",
        discussion: "Services with build: and no image: are skipped (hull compose build makes theirs).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Argument(help: "Services whose images to pull (default: all).")
    var services: [String] = []

    func execute(layout: StoreLayout) throws {
        let (project, _) = try compose.load()
        for name in services where project.service(name) == nil { throw HullError(.failure, "no such service: \(name)") }
        let images = try ComposeImages(layout: layout, pull: "always", rebuild: false)
        for s in project.services where (services.isEmpty || services.contains(s.name)) {
            guard let image = s.image else { continue }
            var pullOnly = s
            pullOnly.build = nil
            composeProgress(" Image \(image)  Pulling")
            _ = try images.ensure(pullOnly, image)
            composeProgress(" Image \(image)  Pulled")
        }
    }
}
