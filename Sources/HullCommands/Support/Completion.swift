import HullEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Dynamic shell completion: names read from the store the command line
/// points at (`--root`), else the default one.
enum Completion {
    static func layout(_ words: [String]) -> StoreLayout {
        let defaults = StoreLayout.defaults(environment: ProcessInfo.processInfo.environment)
        var root = defaults.root
        if let i = words.firstIndex(of: "--root"), i + 1 < words.count { root = words[i + 1] }
        return StoreLayout(root: root, runroot: defaults.runroot)
    }

    static func containers(_ words: [String]) -> [String] {
        ContainerStore(layout: layout(words)).list().map(\.name)
    }

    static func images(_ words: [String]) -> [String] {
        ImageStore(layout: layout(words)).list().flatMap(\.names)
    }

    static func containersAndImages(_ words: [String]) -> [String] {
        containers(words) + images(words)
    }
}
