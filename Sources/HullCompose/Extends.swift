#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine

/// `extends:`: a service defined on top of another one, in the same files
/// or in another file (`extends: {service: base, file: common.yaml}`). The
/// base is resolved first (it may extend too), then the service's own keys
/// merge over it by the same rules as a second `-f` file.
struct Extends {
    let loader: ProjectLoader
    let projectDir: String
    let env: [String: String]

    func resolve(_ tree: ComposeNode, file: String) throws(HullError) -> ComposeNode {
        guard var top = tree.mapping, case .mapping(let services)? = top["services"] else { return tree }
        var out = ComposeMap()
        for name in services.keys {
            out[name] = try service(name, in: services, file: file, chain: [])
        }
        top["services"] = .mapping(out)
        return .mapping(top)
    }

    private func service(_ name: String, in services: ComposeMap, file: String, chain: [String]) throws(HullError) -> ComposeNode {
        let path = "services.\(name).extends"
        guard let node = services[name] else { throw composeError(file, path, "cannot extend service \"\(name)\": not found") }
        guard var own = node.mapping, let ext = own["extends"] else { return node }
        if chain.contains(name) { throw composeError(file, path, "circular extends: \((chain + [name]).joined(separator: " -> "))") }
        own["extends"] = nil
        let reader = NodeReader(file: file)
        let baseName: String
        var baseFile: String?
        if case .scalar(let s, _) = ext {
            baseName = s
        } else {
            let m = try reader.map(ext, path, allowed: ["service", "file"])
            guard let s = m["service"] else { throw reader.fail(path, "service is required") }
            baseName = try reader.string(s, join(path, "service"))
            baseFile = try reader.optionalString(m["file"], join(path, "file"))
        }
        let base: ComposeNode
        if let baseFile {
            let full = baseFile.hasPrefix("/") ? baseFile : projectDir + "/" + baseFile
            let label = ProjectLoader.label(full)
            var tree = try ComposeYAML.parse(try loader.read(full), file: label)
            var interpolation = Interpolation(environment: env)
            tree = ComposeMerge.normalize(ComposeMerge.strip(try interpolation.applyTree(tree, file: label, path: "")))
            guard case .mapping(let other)? = tree.mapping?["services"] else {
                throw reader.fail(path, "\(label) has no service \"\(baseName)\"")
            }
            guard other[baseName] != nil else { throw reader.fail(path, "\(label) has no service \"\(baseName)\"") }
            base = try service(baseName, in: other, file: label, chain: [])
        } else {
            guard services[baseName] != nil else { throw reader.fail(path, "cannot extend service \"\(baseName)\": not found") }
            base = try service(baseName, in: services, file: file, chain: chain + [name])
        }
        return ComposeMerge.merge(base, .mapping(own)) ?? .mapping(own)
    }
}
