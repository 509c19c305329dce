import ArgumentParser
import HullEngine

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Display the hull version information.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Change the output format to JSON or a Go template.")
    var format: String?

    func run() throws {
        global.applyOutputSettings()
        let info: TemplateValue = .map([
            ("Client", .map([
                ("Version", .string(HullCommand.version)),
                ("OsArch", .string("linux/" + Platform.goArchitecture)),
            ])),
        ])
        if let format {
            try Output.printTemplated(format: format, value: info)
        } else {
            print("Version:      \(HullCommand.version)")
            print("OS/Arch:      linux/\(Platform.goArchitecture)")
        }
    }
}
