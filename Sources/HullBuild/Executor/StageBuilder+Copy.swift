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

/// COPY and ADD: sources found, planned onto the destination, hashed for
/// the cache key and written as one layer.
extension StageBuilder {
    mutating func copy(_ step: Instruction, printID: Bool) throws {
        if step.keyword == "ADD" && step.flag("from") != nil {
            throw file.error(step, "ADD does not take --from; use COPY --from")
        }
        var words: [String]
        if let json = step.jsonForm {
            words = try json.map { try expand($0, step, quotes: false) }
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
            let image = try sourceImage(try expand(from, step))
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
        // Several sources to a destination without a trailing `/`: Docker
        // refuses; podman build makes it a directory, and so does hull.
        var items: [CopyItem]
        do {
            items = try CopyPlanner(origin: origin, owner: owner, chmod: chmod)
                .plan(sources: found, destination: destination, destinationIsDirectory: destinationIsDirectory)
                + heredocItems + archiveItems
        } catch {
            throw HullError(.failure, error.message)
        }
        // --exclude=PATTERN: ignore-file patterns, matched below the destination.
        let excludes = try step.flags(named: "exclude").map { IgnorePattern(line: try expand($0, step)) }.compactMap { $0 }
        if !excludes.isEmpty {
            let matcher = IgnoreMatcher(patterns: excludes)
            let prefix = destination == "/" ? "/" : destination + "/"
            items.removeAll { item in
                let relative = item.target.hasPrefix(prefix) ? String(item.target.dropFirst(prefix.count))
                    : String(item.target.split(separator: "/").last ?? "")
                return matcher.ignores(relative)
            }
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
        remember(key)
        announce(printID)
    }

    func stagedLayer(_ items: [CopyItem], tree: LayeredTree, createdOwner: (uid: UInt32, gid: UInt32)?) throws(HullError) -> LayerStore.LayerRecord {
        let tar = layout.tmpDir + "/buildlayer-\(getpid())-\(Identifier.random().prefix(12)).tar"
        defer { unlink(tar) }
        try CopyLayerWriter(image: tree, createdOwner: createdOwner).write(items, to: tar)
        return try StepCommitter(layout: layout).store(tar)
    }

    /// `--from=`: an earlier stage (by name or index), else an image.
    func sourceImage(_ name: String) throws(HullError) -> (id: String, layers: [String]) {
        if let other = plan.stage(named: name), other.index < stage.index, let done = built[other.index] {
            return (done.imageID ?? "scratch", done.config.rootfs.diff_ids)
        }
        let record = try resolveImage(name)
        return (record.id, record.layers)
    }
}
