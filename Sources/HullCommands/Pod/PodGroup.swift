import ArgumentParser
import HullEngine

struct PodGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pod",
        abstract: "Manage pods.",
        discussion: "A pod is a group of containers sharing namespaces held by an infra container.",
        subcommands: [PodCreate.self, PodExists.self, PodInspect.self, PodList.self, PodRm.self, PodPrune.self,
                      PodStart.self, PodStop.self, PodRestart.self, PodKill.self, PodPause.self, PodUnpause.self,
                      PodTop.self, PodLogs.self])
}

extension Completion {
    static func pods(_ words: [String]) -> [String] {
        PodStore(layout: layout(words)).list().map(\.name)
    }
}
