import ArgumentParser
import HullCompose
import HullEngine

struct ComposeConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the resolved compose model.",
        discussion: "Files merged, variables interpolated, short syntaxes expanded, as docker compose config prints them.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var compose: ComposeOptions

    @Flag(name: .long, help: "Print the service names, one a line.")
    var services = false

    @Flag(name: .long, help: "Print the volume names, one a line.")
    var volumes = false

    @Flag(name: .long, help: "Print the network names, one a line.")
    var networks = false

    @Flag(name: .long, help: "Print the project's images, one a line.")
    var images = false

    @Option(name: .long, help: "Output format: yaml or json.")
    var format = "yaml"

    @Flag(name: [.customShort("q"), .long], help: "Only check the files; print nothing.")
    var quiet = false

    func run() throws {
        guard ["yaml", "json"].contains(format) else {
            throw HullError(.failure, "unsupported format \"\(format)\": use yaml or json")
        }
        let (project, _) = try compose.load()
        if quiet { return }
        if services { project.services.forEach { print($0.name) }; return }
        if volumes { project.volumes.keys.sorted().forEach { print($0) }; return }
        if networks { project.networks.keys.sorted().forEach { print($0) }; return }
        if images { project.services.forEach { print($0.image ?? "\(project.name)-\($0.name)") }; return }
        let model = ProjectRender.project(project)
        if format == "json" {
            print(model.prettyJSONString(indent: "    "))
        } else {
            print(YAMLWriter.render(model, indentedLists: true), terminator: "")
        }
    }
}
