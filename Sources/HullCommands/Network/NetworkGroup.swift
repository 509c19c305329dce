import ArgumentParser
import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

struct NetworkGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Manage networks.",
        subcommands: [NetworkCreate.self, NetworkExists.self, NetworkList.self, NetworkInspect.self, NetworkRm.self, NetworkPrune.self,
                      NetworkConnect.self, NetworkDisconnect.self])
}

extension StoreCommand {
    func networkManager(_ layout: StoreLayout) throws -> NetworkManager {
        NetworkManager(layout: layout, config: try HullConfig.load(environment: ProcessInfo.processInfo.environment))
    }
}

extension Completion {
    static func networks(_ words: [String]) -> [String] {
        NetworkStore(layout: layout(words)).list().map(\.name)
    }
}
