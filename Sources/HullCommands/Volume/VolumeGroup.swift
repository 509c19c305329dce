import ArgumentParser
import HullEngine

struct VolumeGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volume",
        abstract: "Manage volumes.",
        discussion: "Volumes keep data beyond a container's life, under the store's volumes/ directory.",
        subcommands: [VolumeCreate.self, VolumeExists.self, VolumeExport.self, VolumeImport.self, VolumeInspect.self, VolumeList.self, VolumeMount.self, VolumePrune.self, VolumeRm.self, VolumeUnmount.self])
}

extension Completion {
    static func volumes(_ words: [String]) -> [String] {
        VolumeStore(layout: layout(words)).list().map(\.name)
    }
}
