/// `hull tag` / `hull untag`: names move between images under the store
/// lock, so two taggers racing for one name leave it on exactly one image.
public struct ImageTagger {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// Adds names (a name without a registry is `localhost/NAME`, as
    /// Podman stores it) to the image `image` selects.
    public func tag(_ image: String, as targets: [String]) throws(HullError) {
        let names = try targets.map { (t) throws(HullError) -> String in
            let ref = try ImageReference.parse(t, defaultRegistry: "localhost")
            guard ref.digest == nil else { throw HullError(.failure, "\(t): a tag cannot contain a digest") }
            return ref.description
        }
        let store = ImageStore(layout: layout)
        let lock = try layout.lock()
        defer { lock.unlock() }
        layout.sweepTmp()
        layout.sweepHalfImages()
        var record = try store.require(image)
        try store.untag(names, exceptImage: record.id)
        record.names += names.filter { !record.names.contains($0) }
        try store.save(record)
        let events = EventLog(layout: layout)
        for t in targets { events.append(Event(.image, "tag", id: record.id, name: t)) }
    }

    /// Removes the given names, or all of them when none are given.
    public func untag(_ image: String, names targets: [String]) throws(HullError) {
        let store = ImageStore(layout: layout)
        let lock = try layout.lock()
        defer { lock.unlock() }
        layout.sweepTmp()
        layout.sweepHalfImages()
        var record = try store.require(image)
        let before = record.names
        if targets.isEmpty {
            record.names = []
        } else {
            for t in targets {
                let candidates = ImageStore.candidateNames(t)
                guard let name = candidates.first(where: record.names.contains) else {
                    throw HullError(.failure, "\(t): tag not known")
                }
                record.names.removeAll { $0 == name }
            }
        }
        try store.save(record)
        let events = EventLog(layout: layout)
        for name in before where !record.names.contains(name) { events.append(Event(.image, "untag", id: record.id, name: name)) }
    }
}
