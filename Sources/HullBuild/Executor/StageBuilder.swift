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

    var state = StageState.scratch()
    var lexer: ShellLexer { ShellLexer(escape: file.escape) }
    var cache: BuildCache { BuildCache(layout: layout) }

    init(layout: StoreLayout, file: Containerfile, plan: BuildPlan, stage: BuildPlan.Stage, options: BuildOptions,
         output: BuildOutput, resolveImage: @escaping (String) throws(HullError) -> ImageRecord,
         built: [Int: StageState], isFinal: Bool, digests: StatCache) {
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
    }

    /// `[2/3] ` before each step line when the file has several stages.
    var prefix: String { plan.stages.count > 1 ? "[\(stage.index + 1)/\(plan.stages.count)] " : "" }

    mutating func build(_ variables: inout BuildVariables) throws -> StageState {
        let count = stage.steps.count + 1
        output.say("\(prefix)STEP 1/\(count): \(stage.from.text)")
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
        if base.lowercased() == "scratch" {
            state = .scratch()
        } else if let other = plan.stage(named: base), other.index < stage.index, let done = built[other.index] {
            state = StageState(imageID: done.imageID, config: done.config, size: done.size)
        } else {
            let images = ImageStore(layout: layout)
            state = StageState(image: try images.load(try resolveImage(base)))
        }
        // As podman build: a stage whose image sets no PATH gets the default
        // one, in its RUN steps and in the image it makes.
        if ContainerEnvironment.value("PATH", in: state.defaults.Env ?? []) == nil {
            state.defaults.Env = ["PATH=" + ContainerEnvironment.defaultPath] + (state.defaults.Env ?? [])
        }
        let addsLabels = isFinal && !options.labels.isEmpty
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
            try noCommit(printID)
        case "ENV":
            var env = state.defaults.Env ?? []
            for (name, raw) in try pairs(step, legacy: true, bare: false) {
                env = ContainerEnvironment.merge(env, ["\(name)=\(try expand(raw ?? "", step))"])
            }
            let text = try pairs(step, legacy: true, bare: false).map { (pair) throws -> String in
                "\(pair.0)=\(try expand(pair.1 ?? "", step))" }.joined(separator: " ")
            try configStep(createdBy: "/bin/sh -c #(nop) ENV \(text)", printID: printID) { $0.defaults.Env = env }
        case "LABEL":
            var labels = state.defaults.Labels ?? [:]
            var shown: [String] = []
            for (rawKey, raw) in try pairs(step, legacy: true, bare: false) {
                let key = try expand(rawKey, step)
                let value = try expand(raw ?? "", step)
                labels[key] = value
                shown.append("\(key)=\(value)")
            }
            try configStep(createdBy: "/bin/sh -c #(nop) LABEL \(shown.joined(separator: " "))", printID: printID) { $0.defaults.Labels = labels }
        case "MAINTAINER":
            let author = step.arguments
            try configStep(createdBy: "/bin/sh -c #(nop) MAINTAINER \(author)", printID: printID) { $0.config.author = author }
        case "WORKDIR":
            let path = ContextPath.join(state.defaults.WorkingDir ?? "/", try expand(try one(step), step))
            try workdir(path, printID: printID)
        case "USER":
            let user = try expand(try one(step), step)
            try configStep(createdBy: "/bin/sh -c #(nop) USER \(user)", printID: printID) { $0.defaults.User = user }
        case "STOPSIGNAL":
            let signal = try expand(try one(step), step)
            try configStep(createdBy: "/bin/sh -c #(nop) STOPSIGNAL \(signal)", printID: printID) { $0.defaults.StopSignal = signal }
        case "EXPOSE":
            let ports = try words(step)
            guard !ports.isEmpty else { throw file.error(step, "EXPOSE requires at least one argument") }
            var exposed = state.defaults.ExposedPorts ?? [:]
            for p in ports { exposed[p.contains("/") ? p.lowercased() : p + "/tcp"] = EmptyObject() }
            try configStep(createdBy: "/bin/sh -c #(nop) EXPOSE \(ports.joined(separator: " "))", printID: printID) { $0.defaults.ExposedPorts = exposed }
        case "VOLUME":
            let paths = try step.jsonForm.map { try $0.map { try expand($0, step) } } ?? words(step)
            guard !paths.isEmpty, !paths.contains(where: \.isEmpty) else { throw file.error(step, "VOLUME specified can not be an empty string") }
            var volumes = state.defaults.Volumes ?? [:]
            for p in paths { volumes[p] = EmptyObject() }
            try configStep(createdBy: "/bin/sh -c #(nop) VOLUME \(paths)", printID: printID) { $0.defaults.Volumes = volumes }
        case "CMD":
            let command = try commandForm(step)
            state.cmdSet = true
            try configStep(createdBy: "/bin/sh -c #(nop) CMD \(Self.json(command))", printID: printID) { $0.defaults.Cmd = command }
        case "ENTRYPOINT":
            let command = try commandForm(step)
            let keepCmd = state.cmdSet
            try configStep(createdBy: "/bin/sh -c #(nop) ENTRYPOINT \(Self.json(command))", printID: printID) {
                $0.defaults.Entrypoint = command.isEmpty ? nil : command
                if !keepCmd { $0.defaults.Cmd = nil }
            }
        case "SHELL":
            guard let shell = step.jsonForm, !shell.isEmpty else {
                throw file.error(step, "SHELL requires the arguments to be in JSON form, e.g. SHELL [\"/bin/sh\", \"-c\"]")
            }
            state.shell = shell
            try noCommit(printID)
        case "HEALTHCHECK", "ONBUILD":
            output.warn("WARN: \(step.keyword) is not supported for OCI image format and will be ignored. Must use `docker` format")
            try noCommit(printID)
        case "RUN":
            try run(step, variables: variables, printID: printID)
        case "COPY", "ADD":
            try copy(step, printID: printID)
        default:
            throw file.error(step, "unknown instruction: \(step.keyword)")
        }
    }

    /// A step that changes only what the build remembers (ARG, SHELL).
    private func noCommit(_ printID: Bool) throws {
        if printID, let id = state.imageID { output.say("--> \(BuildOutput.short(id))") }
    }

    /// A step that changes only the image config.
    private mutating func configStep(createdBy: String, printID: Bool, _ change: (inout StageState) -> Void) throws(HullError) {
        let key = CacheKey.make(parent: state.imageID, parts: ["config", createdBy])
        if try reuse(key, printID: printID) { return }
        change(&state)
        try StepCommitter(layout: layout).commit(&state, createdBy: createdBy, layer: nil)
        cache.record(key, imageID: state.imageID ?? "")
        announce(printID)
    }

    /// A cache hit: the image is taken as the stage's next.
    private mutating func reuse(_ key: String, printID: Bool) throws(HullError) -> Bool {
        guard !options.noCache, let image = cache.lookup(key) else { return false }
        output.say("--> Using cache \(image.id)")
        let keep = state
        state = StageState(image: image)
        state.args = keep.args
        state.shell = keep.shell
        state.cmdSet = keep.cmdSet
        announce(printID)
        return true
    }

    private func announce(_ printID: Bool) {
        if printID, let id = state.imageID { output.say("--> \(BuildOutput.short(id))") }
    }

    private mutating func workdir(_ path: String, printID: Bool) throws {
        let tree = LayeredTree(diffIDs: state.config.rootfs.diff_ids, layout: layout)
        let resolved = tree.resolve(path, followLast: true)
        let createdBy = "/bin/sh -c #(nop) WORKDIR \(path)"
        if let (_, st) = tree.locate(resolved), (st.st_mode & S_IFMT) == S_IFDIR {
            try configStep(createdBy: createdBy, printID: printID) { $0.defaults.WorkingDir = path }
            return
        }
        // Made now, as BuildKit does, so a RUN or a container can start in it.
        let key = CacheKey.make(parent: state.imageID, parts: ["workdir", createdBy])
        if try reuse(key, printID: printID) { return }
        let owner = try userIDs(state.defaults.User, tree: tree)
        let item = CopyItem(target: resolved, kind: .directory, mode: 0o755, uid: owner.uid, gid: owner.gid)
        let layer = try stagedLayer([item], tree: tree, createdOwner: nil)
        state.defaults.WorkingDir = path
        try StepCommitter(layout: layout).commit(&state, createdBy: createdBy, layer: layer)
        cache.record(key, imageID: state.imageID ?? "")
        announce(printID)
    }

    private mutating func run(_ step: Instruction, variables: BuildVariables, printID: Bool) throws {
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
        let key = CacheKey.make(parent: state.imageID, parts: ["run", shown, network ?? ""] + step.flags)
        if try reuse(key, printID: printID) { return }
        let env = ContainerEnvironment.merge(variables.proxies, args, state.defaults.Env ?? [])
        let layer: LayerStore.LayerRecord
        do {
            layer = try RunStep(layout: layout, hostEnvironment: options.hostEnvironment)
                .run(argv, in: state, env: env, network: network)
        } catch {
            if let failed = error.cause as? RunStep.Failed {
                throw BuildRunFailure(step: step.text, exitCode: failed.exitCode)
            }
            throw error
        }
        try StepCommitter(layout: layout).commit(&state, createdBy: shown, layer: layer)
        cache.record(key, imageID: state.imageID ?? "")
        announce(printID)
    }

    private mutating func copy(_ step: Instruction, printID: Bool) throws {
        if step.keyword == "ADD" && step.flag("from") != nil {
            throw file.error(step, "ADD does not take --from; use COPY --from")
        }
        var words: [String]
        if let json = step.jsonForm {
            words = try json.map { try expand($0, step) }
        } else {
            words = try self.words(step)
        }
        guard words.count >= 2, let destWord = words.popLast() else {
            throw file.error(step, "\(step.keyword) requires at least two arguments, but got \(words.count)")
        }
        let tree = LayeredTree(diffIDs: state.config.rootfs.diff_ids, layout: layout)
        let origin: CopyOrigin
        var fromID = ""
        if let from = step.flag("from") {
            let name = try expand(from, step)
            let image: (id: String, layers: [String])
            if let other = plan.stage(named: name), other.index < stage.index, let done = built[other.index] {
                image = (done.imageID ?? "scratch", done.config.rootfs.diff_ids)
            } else {
                let record = try resolveImage(name)
                image = (record.id, record.layers)
            }
            fromID = image.id
            origin = .image(LayeredTree(diffIDs: image.layers, layout: layout))
        } else if let context = options.contextDirectory {
            origin = .context(root: context, ignore: IgnoreMatcher(text: options.ignoreFile ?? ""))
        } else {
            origin = .none
        }
        let owner = try step.flag("chown").map { (spec) throws -> (uid: UInt32, gid: UInt32) in
            try userIDs(try expand(spec, step), tree: tree, group: true)
        }
        let chmod = try step.flag("chmod").map { (text) throws -> mode_t in
            guard let mode = mode_t(text, radix: 8), mode <= 0o7777 else {
                throw file.error(step, "invalid --chmod \"\(text)\": expected an octal mode such as 0755")
            }
            return mode
        }
        // Destinations are relative to WORKDIR; the image's symlinks are followed.
        let workdir = state.defaults.WorkingDir ?? "/"
        let destination = tree.resolve(ContextPath.join(workdir, destWord), followLast: true)
        let destinationIsDirectory = destWord.hasSuffix("/") || destWord.hasSuffix("/.") || destWord == "."
            || tree.locate(destination).map { ($0.1.st_mode & S_IFMT) == S_IFDIR } ?? false
        var found: [FoundSource] = []
        var heredocItems: [CopyItem] = []
        var archiveItems: [CopyItem] = []
        var downloads: [String] = []
        defer { for file in downloads { unlink(file) } }
        let heredocs = Dictionary(step.heredocs.map { ($0.delimiter, $0) }, uniquingKeysWith: { a, _ in a })
        let finder = CopySourceFinder(origin: origin)
        for word in words {
            if word.hasPrefix("<<"), let doc = heredocs[word.drop { $0 == "<" || $0 == "-" }.filter { $0 != "\"" && $0 != "'" }] {
                let content = doc.expands ? try expand(doc.content, step, quotes: false) : doc.content
                let target = destinationIsDirectory || words.count > 1 ? ContextPath.join(destination, doc.delimiter) : destination
                heredocItems.append(CopyItem(target: target, kind: .file, mode: chmod ?? 0o644, uid: owner?.uid ?? 0,
                                             gid: owner?.gid ?? 0, size: Int64(content.utf8.count), content: Array(content.utf8)))
                continue
            }
            if step.keyword == "ADD" && AddDownload.isURL(word) {
                let file = try AddDownload.fetch(word, layout: layout)
                downloads.append(file)
                var st = stat()
                lstat(file, &st)
                found.append(FoundSource(name: word, path: "/" + AddDownload.fileName(word), hostPath: file, stat: st))
                continue
            }
            let sources: [FoundSource]
            do {
                sources = try finder.find(word)
            } catch {
                throw HullError(.failure, error.message)
            }
            for source in sources {
                // ADD unpacks a local archive into the destination directory.
                if step.keyword == "ADD", case .context = origin, (source.stat.st_mode & S_IFMT) == S_IFREG,
                   AddArchive.isArchive(source.hostPath) {
                    archiveItems += try AddArchive.items(of: source.hostPath, into: destination, owner: owner)
                } else {
                    found.append(source)
                }
            }
        }
        if found.count + heredocItems.count + (archiveItems.isEmpty ? 0 : 1) > 1 && !destinationIsDirectory {
            throw HullError(.failure, "when using \(step.keyword) with more than one source file, the destination must be a directory and end with a /")
        }
        let items: [CopyItem]
        do {
            items = try CopyPlanner(origin: origin, owner: owner, chmod: chmod)
                .plan(sources: found, destination: destination, destinationIsDirectory: destinationIsDirectory)
                + heredocItems + archiveItems
        } catch {
            throw HullError(.failure, error.message)
        }
        let manifest = try ContentHasher.manifest(items, digests: digests)
        let contentHash = ContentHasher.hash(manifest)
        let kind = found.contains { ($0.stat.st_mode & S_IFMT) == S_IFDIR } ? "dir" : (items.count > 1 ? "multi" : "file")
        let createdBy = "/bin/sh -c #(nop) \(step.keyword) \(kind):\(contentHash) in \(destWord) "
        let key = CacheKey.make(parent: state.imageID, parts: ["copy", createdBy, fromID] + step.flags)
        if try reuse(key, printID: printID) { return }
        let reasons = CopyMissReason(directory: cache.directory)
        let site = CacheKey.make(parent: state.imageID, parts: ["copy-site", step.text, fromID])
        if !options.noCache, let reason = reasons.explain(site: site, manifest: manifest) {
            output.say("--> cache miss: \(reason)")
        }
        reasons.remember(site: site, manifest: manifest)
        let layer = try stagedLayer(items, tree: tree, createdOwner: owner)
        try StepCommitter(layout: layout).commit(&state, createdBy: createdBy, layer: layer)
        cache.record(key, imageID: state.imageID ?? "")
        announce(printID)
    }

    private func stagedLayer(_ items: [CopyItem], tree: LayeredTree, createdOwner: (uid: UInt32, gid: UInt32)?) throws(HullError) -> LayerStore.LayerRecord {
        let tar = layout.tmpDir + "/buildlayer-\(getpid())-\(Identifier.random().prefix(12)).tar"
        defer { unlink(tar) }
        try CopyLayerWriter(image: tree, createdOwner: createdOwner).write(items, to: tar)
        return try StepCommitter(layout: layout).store(tar)
    }

    // MARK: - Words and values

    private func expand(_ text: String, _ step: Instruction, quotes: Bool = true) throws -> String {
        let state = self.state
        do {
            if !quotes {
                // A heredoc's body: only variables, its quotes are content.
                return try ShellLexer(escape: file.escape).expandingOnly(text) { state.lookup($0) }
            }
            return try lexer.word(text) { state.lookup($0) }
        } catch {
            throw file.error(step, error.description)
        }
    }

    private func words(_ step: Instruction) throws -> [String] {
        let state = self.state
        do {
            return try lexer.words(step.arguments) { state.lookup($0) }
        } catch {
            throw file.error(step, error.description)
        }
    }

    private func one(_ step: Instruction) throws -> String {
        let text = step.arguments.trimmingWhitespace
        guard !text.isEmpty else { throw file.error(step, "\(step.keyword) requires exactly one argument") }
        return text
    }

    private func pairs(_ step: Instruction, legacy: Bool, bare: Bool) throws -> [(String, String?)] {
        do {
            return try KeyValueWords.parse(step.arguments, escape: file.escape, legacyAllowed: legacy, bareAllowed: bare)
        } catch {
            throw file.error(step, "\(step.keyword) \(error.message)")
        }
    }

    /// CMD and ENTRYPOINT: the JSON form as is, else the stage's shell.
    private func commandForm(_ step: Instruction) throws -> [String] {
        if let json = step.jsonForm { return json }
        let text = step.arguments.trimmingWhitespace
        return text.isEmpty ? [] : state.shell + [text]
    }

    /// `user[:group]` by name (from the image's /etc/passwd and /etc/group)
    /// or number.
    private func userIDs(_ spec: String?, tree: LayeredTree, group: Bool = false) throws -> (uid: UInt32, gid: UInt32) {
        guard let spec, !spec.isEmpty else { return (0, 0) }
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        let passwd = (tree.readFile("/etc/passwd") ?? "").split(separator: "\n").map { $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init) }
        let groups = (tree.readFile("/etc/group") ?? "").split(separator: "\n").map { $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init) }
        var uid: UInt32
        var gid: UInt32
        if let n = UInt32(parts[0]) {
            uid = n
            gid = passwd.first { $0.count > 3 && $0[2] == parts[0] }.flatMap { UInt32($0[3]) } ?? n
        } else if let row = passwd.first(where: { $0.count > 3 && $0[0] == parts[0] }), let u = UInt32(row[2]), let g = UInt32(row[3]) {
            uid = u
            gid = g
        } else {
            throw HullError(.failure, "unable to find user \(parts[0]): no matching entries in passwd file")
        }
        if parts.count == 2 {
            if let n = UInt32(parts[1]) {
                gid = n
            } else if let row = groups.first(where: { $0.count > 2 && $0[0] == parts[1] }), let g = UInt32(row[2]) {
                gid = g
            } else {
                throw HullError(.failure, "unable to find group \(parts[1]): no matching entries in group file")
            }
        } else if group, UInt32(parts[0]) != nil {
            // `--chown=1000`: the group is the same number.
            gid = uid
        }
        return (uid, gid)
    }

    static func json(_ words: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let data = try? encoder.encode(words) else { return "\(words)" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A RUN whose command failed: the build stops with its exit code, as
/// `podman build` does.
public struct BuildRunFailure: Error, CustomStringConvertible {
    public let step: String
    public let exitCode: Int32
    public var description: String { "building at STEP \"\(step)\": while running runtime: exit status \(exitCode)" }
}
