/// `rmi`: untags or deletes images the way Podman does, and reports every
/// failure but goes on with the other images.
public struct ImageRemover {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    public struct Result {
        public var output: [String] = []
        public var failure: HullError?
    }

    /// - texts: names or ids; nil removes every image.
    public func remove(_ texts: [String]?, force: Bool, ignoreMissing: Bool) throws(HullError) -> Result {
        let images = ImageStore(layout: layout)
        let containers = ContainerStore(layout: layout)
        var result = Result()
        let lock = try layout.lock()
        defer { lock.unlock() }
        layout.sweepTmp()
        layout.sweepHalfImages()
        let targets: [(String, ImageRecord?)]
        if let texts {
            targets = texts.map { t in (t, try? images.find(t)) }
        } else {
            targets = images.list().map { ($0.id, $0) }
        }
        for (text, found) in targets {
            guard let image = found else {
                if !ignoreMissing { result.failure = HullError.noSuchImage(text).with(code: .notFound) }
                continue
            }
            guard var current = try? images.requireByID(image.id) else { continue }
            // As Podman: a digest reference to an image of several names is
            // untagged like a name, and no name of it has a digest.
            if texts != nil, !force, text.contains("@"), current.names.count > 1 {
                result.failure = HullError(.failure, "\(text): tag not known")
                continue
            }
            // A name untags only that name while the image has others.
            if let name = current.names.first(where: { ImageStore.candidateNames(text).contains($0) }), current.names.count > 1, texts != nil {
                current.names.removeAll { $0 == name }
                do { try images.save(current) } catch { result.failure = error; continue }
                result.output.append("Untagged: \(name)")
                EventLog(layout: layout).append(Event(.image, "untag", id: current.id, name: name))
                continue
            }
            if texts != nil && current.names.count > 1 && !force && current.id.hasPrefix(Identifier.hexPart(text)) {
                result.failure = HullError(.failure, "unable to delete image \"\(current.id)\" by ID with more than one tag (\(current.names)): please force removal")
                continue
            }
            let users = containers.list().filter { $0.config.imageID == current.id }
            if !users.isEmpty {
                guard force else {
                    result.failure = HullError(.inUse, "image used by \(users[0].id): image is in use by a container: consider listing external containers and force-removing image")
                    continue
                }
                for c in users {
                    do { try ContainerRemover(layout: layout).remove(c, force: true) } catch { result.failure = error }
                }
            }
            do {
                try images.remove(current.id)
            } catch {
                result.failure = error
                continue
            }
            result.output += current.names.map { "Untagged: \($0)" }
            result.output.append("Deleted: \(current.id)")
            Self.recordRemoval(current, layout: layout)
        }
        return result
    }

    /// `image prune`: images without a name (or, with `all`, every image)
    /// that no container uses. Returns the removed IDs.
    public func prune(all: Bool) throws(HullError) -> [String] {
        let images = ImageStore(layout: layout)
        let lock = try layout.lock()
        defer { lock.unlock() }
        let used = Set(ContainerStore(layout: layout).list().map(\.config.imageID))
        var removed: [String] = []
        for image in images.list() where !used.contains(image.id) && (all || image.names.isEmpty) {
            try images.remove(image.id)
            removed.append(image.id)
            Self.recordRemoval(image, layout: layout)
        }
        // What crashed hulls left: temp entries, half images, and layers
        // stored for an image that was never written.
        layout.sweepTmp()
        layout.sweepHalfImages()
        images.layers.removeUnused(referenced: Set(images.list().flatMap(\.layers)))
        return removed
    }

    /// Podman's events of a removal: an untag per name, then the remove.
    static func recordRemoval(_ image: ImageRecord, layout: StoreLayout) {
        let events = EventLog(layout: layout)
        for name in image.names { events.append(Event(.image, "untag", id: image.id, name: name)) }
        events.append(Event(.image, "remove", id: image.id, name: image.names.first ?? image.id))
    }
}
