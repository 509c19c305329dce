#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// RUN: the command in a container of the stage's image, its changes the
/// step's layer (see `RunStep`).
extension StageBuilder {
    mutating func run(_ step: Instruction, variables: BuildVariables, printID: Bool) throws {
        let argv: [String]
        var shown: String
        if let json = step.jsonForm {
            guard !json.isEmpty else { throw file.error(step, "RUN requires at least one argument") }
            argv = json
            shown = json.joined(separator: " ")
        } else {
            guard !step.arguments.trimmingWhitespace.isEmpty else { throw file.error(step, "RUN requires at least one argument") }
            var script = step.arguments
            let markers = HeredocMarker.find(in: step.arguments)
            if step.heredocs.count == 1, markers.count == 1,
               String(step.arguments[markers[0].range]) == step.arguments.trimmingWhitespace {
                // `RUN <<EOF`: the heredoc is the script.
                script = step.heredocs[0].content
            } else if !step.heredocs.isEmpty {
                // `RUN cmd <<EOF`: the shell reads the heredocs itself.
                script += "\n" + step.heredocs.map { $0.content + $0.delimiter }.joined(separator: "\n")
            }
            argv = state.shell + [script]
            shown = argv.joined(separator: " ")
        }
        let args = state.argPairs
        if !args.isEmpty { shown = "|\(args.count) \(args.joined(separator: " ")) " + shown }
        let network = step.flag("network") ?? options.network
        var mounts: [RunMount]
        do {
            mounts = try step.flags(named: "mount").map { (m) throws(RunMount.Failure) in
                try RunMount.parse(m, workdir: state.defaults.WorkingDir ?? "/")
            }
        } catch {
            throw file.error(step, error.message)
        }
        for i in mounts.indices {
            guard let from = mounts[i].from else { continue }
            let image = try sourceImage(try expand(from, step))
            mounts[i].fromID = image.id
            mounts[i].fromTree = LayeredTree(diffIDs: image.layers, layout: layout)
        }
        let mountKeys = try mounts.map { (m) throws(HullError) in try m.keyPart(context: options.contextDirectory, digests: digests) }
        let key = CacheKey.make(parent: state.imageID, parts: ["run", shown, network ?? ""] + step.flags + mountKeys)
        if try reuse(key, printID: printID) { return }
        let env = ContainerEnvironment.merge(variables.proxies, args, state.defaults.Env ?? [])
        let layer: LayerStore.LayerRecord
        do {
            layer = try RunStep(layout: layout, hostEnvironment: options.hostEnvironment, ulimits: options.ulimits,
                                quiet: options.quiet)
                .run(argv, in: state, env: env, network: network, mounts: mounts,
                     context: options.contextDirectory, secrets: options.secrets)
        } catch {
            if let failed = error.cause as? RunStep.Failed {
                throw BuildRunFailure(step: step.text, exitCode: failed.exitCode)
            }
            throw error
        }
        try StepCommitter(layout: layout).commit(&state, createdBy: shown, layer: layer)
        remember(key)
        announce(printID)
    }
}

/// A RUN whose command failed: the build stops with its exit code, as
/// `podman build` does.
public struct BuildRunFailure: Error, CustomStringConvertible {
    public let step: String
    public let exitCode: Int32
    public var description: String { "building at STEP \"\(step)\": while running runtime: exit status \(exitCode)" }
}
