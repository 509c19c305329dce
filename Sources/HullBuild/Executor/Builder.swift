import HullEngine
import HullLinux
#if canImport(Glibc)
import Glibc
#endif

/// `hull build`: parses the Containerfile, builds the stages the target
/// needs in order, and names the result. Each step's image is stored and
/// remembered by its cache key, so the next build reuses it without
/// running or copying anything.
public struct Builder {
    public let layout: StoreLayout
    /// Finds (pulling when needed) a FROM or `--from` image by name.
    public let resolveImage: (String) throws(HullError) -> ImageRecord

    public init(layout: StoreLayout, resolveImage: @escaping (String) throws(HullError) -> ImageRecord) {
        self.layout = layout
        self.resolveImage = resolveImage
    }

    public struct Result: Sendable {
        public var imageID: String
        public var names: [String]
    }

    public func build(_ options: BuildOptions) throws -> Result {
        let file: Containerfile
        let plan: BuildPlan
        do {
            file = try ContainerfileParser.parse(options.containerfile, file: options.containerfileName)
            plan = try BuildPlan(file)
        } catch {
            throw error.hullError
        }
        let names = try options.tags.map { (t) throws(HullError) -> String in
            let ref = try ImageReference.parse(t, defaultRegistry: "localhost")
            guard ref.digest == nil else { throw HullError(.failure, "\(t): a tag cannot contain a digest") }
            return ref.description
        }
        try layout.prepare()
        // Files a killed build left in tmp/ (staging trees, layer tars).
        layout.sweepTmp()
        BuildContainers.sweep(layout: layout)
        let digests = StatCache(path: BuildCache(layout: layout).directory + "/stat-cache")
        defer { digests.save() }
        var variables = BuildVariables(buildArgs: options.buildArgs)
        let lexer = ShellLexer(escape: file.escape)
        for arg in plan.globalArgs {
            let pairs: [(String, String?)]
            do {
                pairs = try KeyValueWords.parse(arg.arguments, escape: file.escape, legacyAllowed: false, bareAllowed: true)
            } catch {
                throw file.error(arg, "ARG \(error.message)").hullError
            }
            for (name, raw) in pairs {
                let value: String?
                do {
                    value = try raw.map { (r) throws(ShellLexer.Failure) in try lexer.word(r) { variables.global[$0] } }
                } catch {
                    throw file.error(arg, error.description).hullError
                }
                variables.declareGlobal(name, default: value)
            }
        }
        let target: BuildPlan.Stage
        if let name = options.target {
            guard let stage = plan.stages.first(where: { $0.name == name.lowercased() }) else {
                throw HullError(.failure, "the target \"\(name)\" was not found in \(file.file): no stage has that name")
            }
            target = stage
        } else {
            target = plan.stages[plan.stages.count - 1]
        }
        let needed = neededStages(plan, target: target.index)
        let output = BuildOutput(quiet: options.quiet)
        var built: [Int: StageState] = [:]
        let made = MadeImages()
        for stage in plan.stages where needed.contains(stage.index) {
            var builder = StageBuilder(layout: layout, file: file, plan: plan, stage: stage, options: options,
                                       output: output, resolveImage: resolveImage, built: built,
                                       isFinal: stage.index == target.index, digests: digests, made: made)
            built[stage.index] = try builder.build(&variables)
        }
        guard var final = built[target.index] else { throw HullError(.failure, "the target stage was not built") }
        if options.squashAll || options.squash {
            let squasher = Squasher(layout: layout)
            final = options.squashAll ? try squasher.squashAll(final) : try squasher.squashNew(final)
            made.ids.append(final.imageID ?? "")
        }
        if !options.layers {
            // Only the named image stays; layers it uses stay with it.
            let images = ImageStore(layout: layout)
            let lock = try layout.lock()
            defer { lock.unlock() }
            for id in Set(made.ids) where id != final.imageID {
                if let record = try? images.requireByID(id), record.names.isEmpty { try? images.remove(id) }
            }
        }
        for name in variables.unused {
            Warning.emit("one or more build-args [\(name)] were not consumed")
        }
        guard let id = final.imageID else { throw HullError(.failure, "the build produced no image") }
        let prefix = plan.stages.count > 1 ? "[\(target.index + 1)/\(plan.stages.count)] " : ""
        output.say("\(prefix)COMMIT" + (options.tags.isEmpty ? "" : " " + options.tags.joined(separator: " ")))
        // A rebuild that changed nothing has its names already: no write.
        let current = (try? ImageStore(layout: layout).requireByID(id))?.names ?? []
        if !names.allSatisfy(current.contains) { try ImageTagger(layout: layout).tag(id, as: names) }
        output.say("--> \(BuildOutput.short(id))")
        for name in names { output.say("Successfully tagged \(name)") }
        StandardStreams.out(id + "\n")
        EventLog(layout: layout).append(Event(.image, "build", id: id, name: names.first ?? id))
        return Result(imageID: id, names: names)
    }

    /// The target and every stage it builds on (FROM a stage, COPY --from),
    /// by index. Unused stages are skipped.
    func neededStages(_ plan: BuildPlan, target: Int) -> Set<Int> {
        var needed: Set<Int> = []
        var pending = [target]
        while let index = pending.popLast() {
            guard needed.insert(index).inserted else { continue }
            let stage = plan.stages[index]
            var references = [stage.base]
            for step in stage.steps where step.keyword == "COPY" || step.keyword == "ADD" {
                if let from = step.flag("from") { references.append(from) }
            }
            // RUN --mount=...,from=STAGE
            for step in stage.steps where step.keyword == "RUN" {
                for mount in step.flags(named: "mount") {
                    for field in mount.split(separator: ",") where field.hasPrefix("from=") {
                        references.append(String(field.dropFirst(5)))
                    }
                }
            }
            for reference in references {
                if let other = plan.stage(named: reference), other.index < index { pending.append(other.index) }
            }
        }
        return needed
    }
}
