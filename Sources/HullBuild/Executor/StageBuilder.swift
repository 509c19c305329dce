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

/// Builds one stage: FROM, then each step in order. A step's cache key is
/// computed before anything is done (see `key`); a hit takes the cached
/// image and does nothing else.
struct StageBuilder {
    let layout: StoreLayout
    let file: Containerfile
    let plan: BuildPlan
    let stage: BuildPlan.Stage
    let options: BuildOptions
    let output: BuildOutput
    let resolveImage: (String) throws(HullError) -> ImageRecord
    /// Stages built before this one.
    let built: [Int: StageState]
    /// The stage the build ends with: its last image is named.
    let isFinal: Bool
    /// Digests of files copied before, shared by the build's stages.
    let digests: StatCache
    /// The images this build made, for --layers=false to remove.
    let made: MadeImages

    var state = StageState.scratch()
    var lexer: ShellLexer { ShellLexer(escape: file.escape) }
    var cache: BuildCache { BuildCache(layout: layout) }

    init(layout: StoreLayout, file: Containerfile, plan: BuildPlan, stage: BuildPlan.Stage, options: BuildOptions,
         output: BuildOutput, resolveImage: @escaping (String) throws(HullError) -> ImageRecord,
         built: [Int: StageState], isFinal: Bool, digests: StatCache, made: MadeImages) {
        self.layout = layout
        self.file = file
        self.plan = plan
        self.stage = stage
        self.options = options
        self.output = output
        self.resolveImage = resolveImage
        self.built = built
        self.isFinal = isFinal
        self.digests = digests
        self.made = made
    }

    /// `[2/3] ` before each step line when the file has several stages.
    var prefix: String { plan.stages.count > 1 ? "[\(stage.index + 1)/\(plan.stages.count)] " : "" }

    mutating func build(_ variables: inout BuildVariables) throws -> StageState {
        let addsLabels = isFinal && !options.labels.isEmpty
        // podman build counts the command line's --label as a step of its own.
        let count = stage.steps.count + 1 + (addsLabels ? 1 : 0)
        let base: String
        do {
            base = try lexer.word(stage.base) { variables.global[$0] }
        } catch {
            throw file.error(stage.from, error.description).hullError
        }
        if let platform = stage.from.flag("platform") {
            // One platform: the one hull runs on.
            let wanted = try? lexer.word(platform) { variables.global[$0] }
            let host = BuildVariables.platformArgs()["TARGETPLATFORM"] ?? ""
            guard wanted == host || wanted == "linux/" + (host.split(separator: "/").dropFirst().first.map(String.init) ?? "") else {
                throw file.error(stage.from, "FROM --platform=\(wanted ?? platform): hull builds for \(host) only").hullError
            }
        }
        guard !base.isEmpty else {
            throw file.error(stage.from, "base name (\(stage.base)) should not be blank").hullError
        }
        let earlier = plan.stage(named: base).flatMap { $0.index < stage.index ? built[$0.index] : nil }
        // An earlier stage is named by its image, as podman build shows it.
        let shownFrom = earlier?.imageID.map { id in
            ([stage.from.keyword] + stage.from.flags + [id] + (stage.name.map { ["AS", $0] } ?? [])).joined(separator: " ")
        } ?? stage.from.text
        output.say("\(prefix)STEP 1/\(count): \(shownFrom)")
        if base.lowercased() == "scratch" {
            state = .scratch()
        } else if let done = earlier {
            state = StageState(imageID: done.imageID, config: done.config, size: done.size)
        } else {
            let images = ImageStore(layout: layout)
            do {
                state = StageState(image: try images.load(try resolveImage(base)))
            } catch {
                throw HullError(error.code, "creating build container: \(error.message)", cause: error.cause ?? error)
            }
        }
        state.baseLayers = state.config.rootfs.diff_ids.count
        state.baseHistory = state.config.history?.count ?? 0
        // As podman build: a stage whose image sets no PATH gets the default
        // one, in its RUN steps and in the image it makes.
        if ContainerEnvironment.value("PATH", in: state.defaults.Env ?? []) == nil {
            state.defaults.Env = ["PATH=" + ContainerEnvironment.defaultPath] + (state.defaults.Env ?? [])
        }
        for (n, step) in stage.steps.enumerated() {
            output.say("\(prefix)STEP \(n + 2)/\(count): \(step.text)")
            let last = n == stage.steps.count - 1 && !addsLabels
            do {
                try perform(step, variables: &variables, printID: !(isFinal && last))
            } catch let error as HullError {
                throw HullError(error.code, "building at STEP \"\(step.text)\": \(error.message)", cause: error.cause ?? error)
            } catch let error as ContainerfileError {
                throw error.hullError
            }
        }
        if isFinal && (addsLabels || state.imageID == nil || stage.steps.isEmpty) {
            // The command line's --label, or a FROM with nothing after it:
            // the named image is still one of its own.
            var defaults = state.defaults
            if !options.labels.isEmpty { defaults.Labels = (defaults.Labels ?? [:]).merging(options.labels) { $1 } }
            let text = options.labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            if addsLabels {
                let shown = options.labels.sorted { $0.key < $1.key }.map { "\"\($0.key)\"=\"\($0.value)\"" }.joined(separator: " ")
                output.say("\(prefix)STEP \(count)/\(count): LABEL \(shown)")
            }
            try configStep(createdBy: "/bin/sh -c #(nop) LABEL \(text)", printID: false) { $0.defaults = defaults }
        }
        return state
    }

    // MARK: - Steps

    private mutating func perform(_ step: Instruction, variables: inout BuildVariables, printID: Bool) throws {
        switch step.keyword {
        case "ARG":
            for (name, raw) in try pairs(step, legacy: false, bare: true) {
                let value = try raw.map { try expand($0, step) }
                state.args.append((name, variables.stageValue(name, default: value)))
            }
            // A history line naming every ARG so far, as podman build's.
            var names: [String] = []
            for (name, _) in state.args where !names.contains(name) { names.append(name) }
            try configStep(createdBy: "/bin/sh -c #(nop) ARG " + names.joined(separator: " "), printID: printID) { _ in }
        case "ENV":
            var env = state.defaults.Env ?? []
            for (name, raw) in try pairs(step, legacy: true, bare: false) {
                env = ContainerEnvironment.merge(env, ["\(name)=\(try expand(raw ?? "", step))"])
            }
            let text = try pairs(step, legacy: true, bare: false).map { (pair) throws -> String in
                "\(pair.0)=\(try expand(pair.1 ?? "", step))" }.joined(separator: " ")
            try configStep(createdBy: Self.nop(step), keyedBy: "ENV \(text)", printID: printID) { $0.defaults.Env = env }
        case "LABEL":
            var labels = state.defaults.Labels ?? [:]
            var shown: [String] = []
            for (rawKey, raw) in try pairs(step, legacy: true, bare: false) {
                let key = try expand(rawKey, step)
                let value = try expand(raw ?? "", step)
                labels[key] = value
                shown.append("\(key)=\(value)")
            }
            try configStep(createdBy: Self.nop(step), keyedBy: "LABEL \(shown.joined(separator: " "))", printID: printID) { $0.defaults.Labels = labels }
        case "MAINTAINER":
            let author = step.arguments
            try configStep(createdBy: Self.nop(step), printID: printID) { $0.config.author = author }
        case "WORKDIR":
            let path = ContextPath.join(state.defaults.WorkingDir ?? "/", try expand(try one(step), step))
            try workdir(path, step, printID: printID)
        case "USER":
            let user = try expand(try one(step), step)
            try configStep(createdBy: Self.nop(step), keyedBy: "USER \(user)", printID: printID) { $0.defaults.User = user }
        case "STOPSIGNAL":
            let signal = try expand(try one(step), step)
            try configStep(createdBy: Self.nop(step), keyedBy: "STOPSIGNAL \(signal)", printID: printID) { $0.defaults.StopSignal = signal }
        case "EXPOSE":
            let ports = try words(step)
            guard !ports.isEmpty else { throw file.error(step, "EXPOSE requires at least one argument") }
            var exposed = state.defaults.ExposedPorts ?? [:]
            for p in ports { exposed[p.contains("/") ? p : p + "/tcp"] = EmptyObject() }
            try configStep(createdBy: Self.nop(step), keyedBy: "EXPOSE \(ports.joined(separator: " "))", printID: printID) { $0.defaults.ExposedPorts = exposed }
        case "VOLUME":
            let paths = try step.jsonForm.map { try $0.map { try expand($0, step, quotes: false) } } ?? words(step)
            guard !paths.isEmpty, !paths.contains(where: \.isEmpty) else { throw file.error(step, "VOLUME specified can not be an empty string") }
            var volumes = state.defaults.Volumes ?? [:]
            for p in paths { volumes[p] = EmptyObject() }
            try configStep(createdBy: Self.nop(step), keyedBy: "VOLUME \(paths)", printID: printID) { $0.defaults.Volumes = volumes }
        case "CMD":
            let command = try commandForm(step)
            state.cmdSet = true
            try configStep(createdBy: Self.nop(step), keyedBy: "CMD \(Self.json(command))", printID: printID) { $0.defaults.Cmd = command }
        case "ENTRYPOINT":
            let command = try commandForm(step)
            let keepCmd = state.cmdSet
            try configStep(createdBy: Self.nop(step), keyedBy: "ENTRYPOINT \(Self.json(command))", printID: printID) {
                $0.defaults.Entrypoint = command.isEmpty ? nil : command
                if !keepCmd { $0.defaults.Cmd = nil }
            }
        case "SHELL":
            guard let shell = step.jsonForm, !shell.isEmpty else {
                throw file.error(step, "SHELL requires the arguments to be in JSON form, e.g. SHELL [\"/bin/sh\", \"-c\"]")
            }
            // The build's RUNs use it (Docker's meaning; podman build with
            // an OCI image ignores it); an OCI config has no place to keep it.
            state.shell = shell
            Warning.emit("SHELL is not kept in an OCI image config: [\(shell.joined(separator: " "))] applies to this build's RUN steps only")
            try configStep(createdBy: Self.nop(step), printID: printID) { _ in }
        case "HEALTHCHECK":
            Warning.emit("HEALTHCHECK is not supported for OCI image format and will be ignored. Must use `docker` format")
            try configStep(createdBy: Self.nop(step), printID: printID) { _ in }
        case "ONBUILD":
            Warning.emit("ONBUILD is not supported for OCI image format, \(step.arguments) will be ignored. Must use `docker` format")
            try configStep(createdBy: Self.nop(step), printID: printID) { _ in }
        case "RUN":
            try run(step, variables: variables, printID: printID)
        case "COPY", "ADD":
            try copy(step, printID: printID)
        default:
            throw file.error(step, "unknown instruction: \(step.keyword)")
        }
    }

    /// The history line of a config instruction: as written, as podman
    /// build records it.
    static func nop(_ step: Instruction) -> String {
        "/bin/sh -c #(nop) " + step.text
    }

    /// A step that changes only the image config (or only its history:
    /// ARG, SHELL, HEALTHCHECK and ONBUILD, as podman build records them).
    /// - keyedBy: what decides the result, variables expanded, when the
    ///   history line shows the instruction as written.
    mutating func configStep(createdBy: String, keyedBy: String? = nil, printID: Bool,
                             _ change: (inout StageState) -> Void) throws(HullError) {
        let key = CacheKey.make(parent: state.imageID, parts: ["config", keyedBy ?? createdBy])
        if try reuse(key, printID: printID) { return }
        change(&state)
        try StepCommitter(layout: layout).commit(&state, createdBy: createdBy, layer: nil)
        remember(key)
        announce(printID)
    }

    /// A cache hit: the image is taken as the stage's next.
    mutating func reuse(_ key: String, printID: Bool) throws(HullError) -> Bool {
        guard !options.noCache, options.layers, let image = cache.lookup(key) else { return false }
        output.say("--> Using cache \(image.id)")
        let keep = state
        state = StageState(image: image)
        state.args = keep.args
        state.shell = keep.shell
        state.cmdSet = keep.cmdSet
        state.baseLayers = keep.baseLayers
        state.baseHistory = keep.baseHistory
        announce(printID)
        return true
    }

    /// A step's new image: found again by its key next time (unless
    /// --layers=false), and noted as made by this build.
    func remember(_ key: String) {
        guard let id = state.imageID else { return }
        made.ids.append(id)
        if options.layers { cache.record(key, imageID: id) }
    }

    func announce(_ printID: Bool) {
        if printID, let id = state.imageID { output.say("--> \(BuildOutput.short(id))") }
    }

    /// WORKDIR changes the config only, as podman build's: a RUN's
    /// container makes a missing directory (owned by the USER, as `hull run`
    /// does), and that RUN's layer keeps it.
    private mutating func workdir(_ path: String, _ step: Instruction, printID: Bool) throws {
        try configStep(createdBy: Self.nop(step), keyedBy: "WORKDIR \(path)", printID: printID) { $0.defaults.WorkingDir = path }
    }
}
