#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `hull history`: an image's config history, newest first, each step
/// matched with the layer it made (steps marked empty_layer made none).
public struct ImageHistory {
    public struct Step: Sendable {
        /// The image ID on the newest step, `<missing>` on the others (as
        /// Podman shows images whose parents are not stored).
        public var id: String
        public var created: Date?
        public var createdBy: String
        public var size: Int64
        public var comment: String
    }

    public static func steps(of image: Image, layers: LayerStore) -> [Step] {
        let history = image.config.history ?? []
        var diffIDs = image.config.rootfs.diff_ids[...]
        var steps: [Step] = []
        if history.isEmpty {
            // No history: one step per layer.
            for diffID in diffIDs {
                steps.append(Step(id: "<missing>", created: image.config.created, createdBy: "",
                                  size: (try? layers.record(diffID).size) ?? 0, comment: ""))
            }
        }
        for entry in history {
            var size: Int64 = 0
            if entry.empty_layer != true, let diffID = diffIDs.popFirst() {
                size = (try? layers.record(diffID).size) ?? 0
            }
            steps.append(Step(id: "<missing>", created: entry.created, createdBy: entry.created_by ?? "",
                              size: size, comment: entry.comment ?? ""))
        }
        steps.reverse()
        if !steps.isEmpty { steps[0].id = image.id }
        return steps
    }
}
