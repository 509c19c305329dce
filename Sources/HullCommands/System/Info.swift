import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct Info: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Display hull system information.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .shortAndLong, help: "Change the output format to JSON or a Go template.")
    var format: String?

    func execute(layout: StoreLayout) throws {
        let info = try SystemInfo.collect(layout: layout, environment: ProcessInfo.processInfo.environment,
                                          version: HullCommand.version)
        if let format {
            try Output.printTemplated(format: format, value: info)
        } else {
            Output.emit(YAMLWriter.render(info))
        }
    }
}
